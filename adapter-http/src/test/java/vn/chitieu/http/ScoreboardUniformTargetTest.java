package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/scoreboard?…&target=50}: a uniform target for every row without one in force, as the
 * CLI's {@code score --target}; a target in force is kept, a target that does not fit the indicator is
 * refused naming {@code target}, and the board kept for plain requests is not the uniform one.
 */
class ScoreboardUniformTargetTest {

    private static final String BOARD = "/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022";
    private static final String RESULTS = "unit,indicator,period,numerator,denominator\n"
            + "ea-kly,ONLINE_RATE,2022,30,100\nea-phe,ONLINE_RATE,2022,60,100\n";

    private static TestServer server;
    private static ApiClient http;
    private static Api api;

    @BeforeAll
    static void start() {
        server = TestServer.start(ServerStorage.inMemory());
        http = server.client();
        api = new Api(http);
        api.loadUnits(Province.UNITS_CSV);
        assertThat(http.send("POST", "/api/v1/results", TestServer.ADMIN_TOKEN, "text/csv", RESULTS, Map.of()).status())
                .isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Map<String, JsonNode> rows(String query) {
        ApiResponse board = http.get(BOARD + query, TestServer.ADMIN_TOKEN);
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        Map<String, JsonNode> rows = new HashMap<>();
        board.json().get("rows").forEach(r -> rows.put(r.get("unit").asText(), r));
        return rows;
    }

    @Test
    void everyRowWithoutATargetInForceIsScoredAgainstTheOneGivenAndThePlainBoardStaysAsItWas() {
        assertThat(rows("").get("ea-kly").get("target").isNull()).isTrue(); // kept before the uniform one is asked

        Map<String, JsonNode> uniform = rows("&target=50");
        assertThat(uniform.get("ea-kly").get("target").decimalValue()).isEqualByComparingTo("50");
        assertThat(uniform.get("ea-kly").get("met").asBoolean()).isFalse();
        assertThat(uniform.get("ea-kly").get("dossiersNeeded").asLong()).isEqualTo(20); // ⌈50 × 100 / 100⌉ − 30
        assertThat(uniform.get("ea-phe").get("met").asBoolean()).isTrue();
        assertThat(uniform.get("ea-phe").get("dossiersNeeded").asLong()).isZero();
        // the Vietnamese ways of writing it read the same
        assertThat(rows("&target=50%25").get("ea-kly").get("target").decimalValue()).isEqualByComparingTo("50");
        assertThat(rows("&target=50,5").get("ea-kly").get("target").decimalValue()).isEqualByComparingTo("50.5");

        assertThat(rows("").get("ea-kly").get("target").isNull()).isTrue();
        assertThat(rows("").get("ea-kly").get("flags").toString()).contains("NO_TARGET");
    }

    @Test
    void aTargetThatIsNoNumberOrNoRateIsRefusedNamingIt() {
        for (String bad : new String[] {"abc", "101", "-1"}) {
            ApiResponse refused = http.get(BOARD + "&target=" + bad, TestServer.ADMIN_TOKEN);
            assertThat(refused.status()).as(bad + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText()).as(bad).isEqualTo("target");
        }
    }
}
