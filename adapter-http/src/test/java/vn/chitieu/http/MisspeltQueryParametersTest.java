package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A query parameter written a little wrong was ignored: {@code GET /api/v1/indicators?period=2022&unti=krong-pac}
 * answered for every unit, {@code GET /api/v1/units?asof=2018-01-01} (names are case-sensitive) gave today's tree.
 * It is refused, naming it and the one meant; names far from every one (a cache buster) still pass.
 */
class MisspeltQueryParametersTest {

    private static TestServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        server = TestServer.start(ServerStorage.inMemory());
        api = server.client();
        new Api(api).loadUnits(Province.UNITS_CSV);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode refused(String path, String field, String meant) {
        ApiResponse r = api.get(path, TestServer.ADMIN_TOKEN);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode error = r.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("message").asText()).isEqualTo(
                "no query parameter is read under this name; did you mean '" + meant + "'?");
        return r.json();
    }

    @Test
    void aNearMissOfAQueryParameterIsRefusedNamingTheOneMeant() {
        refused("/api/v1/indicators?period=2022&unti=krong-pac", "unti", "unit");
        refused("/api/v1/units?asof=2018-01-01", "asof", "asOf");
        refused("/api/v1/scoreboard?indicatr=ONLINE_RATE&period=2018-Q1", "indicatr", "indicator");
        refused("/api/v1/decisions?limit=5&ofset=10", "ofset", "offset");
        refused("/api/v1/units?units=krong-pac", "units", "unit");
    }

    @Test
    void theSameRequestsSpeltRightAndNamesFarFromEveryOneAreAnswered() {
        assertThat(api.get("/api/v1/indicators?period=2022&unit=krong-pac", TestServer.ADMIN_TOKEN).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/units?asOf=2018-01-01", TestServer.ADMIN_TOKEN).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/decisions?limit=5&offset=10", TestServer.ADMIN_TOKEN).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/units?_=1712345678", TestServer.ADMIN_TOKEN).status()).isEqualTo(200);
    }

    @Test
    void theRefusalReadsInVietnamese() {
        ApiResponse r = api.send("GET", "/api/v1/indicators?period=2022&unti=krong-pac", TestServer.ADMIN_TOKEN, null, null,
                Map.of("Accept-Language", "vi"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("message").asText())
                .isEqualTo("không có tham số truy vấn nào tên này; có phải là 'unit'?");
    }

    @Test
    void noKnownNameIsANearMissOfAnother() {
        // else a right name could never be told from a wrong one
        for (String name : QueryNames.KNOWN) {
            java.util.Set<String> others = new java.util.HashSet<>(QueryNames.KNOWN);
            others.remove(name);
            assertThat(QueryNames.nearMiss(name, others)).as(name).isNull();
        }
        assertThat(QueryNames.KNOWN).contains("unit", "asOf", "period", "indicator", "offset", "limit", "dryRun");
    }
}
