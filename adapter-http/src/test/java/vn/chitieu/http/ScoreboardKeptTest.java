package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The scoreboard is computed once per version of the store and kept between requests: each write
 * that changes it (results imported, units imported, a decision's targets issued, an approval, a
 * re-opening) shows in the very next {@code GET /api/v1/scoreboard}, on both storages.
 */
class ScoreboardKeptTest {

    private static final String BOARD = "/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022";
    private static final String RESULTS = "unit,indicator,period,numerator,denominator\n"
            + "ea-kly,ONLINE_RATE,2022,30,100\nea-phe,ONLINE_RATE,2022,60,100\n";

    @TempDir
    Path dataDirectory;

    private static JsonNode row(ApiClient http, String token, String unit) {
        ApiResponse board = http.get(BOARD, token);
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        for (JsonNode r : board.json().get("rows")) {
            if (r.get("unit").asText().equals(unit)) {
                return r;
            }
        }
        throw new AssertionError(unit + " is not on the scoreboard: " + board.body());
    }

    /** The board's TARGETS_IN_DRAFTS warning asked in {@code lang}, or null. */
    private static JsonNode draftsWarning(ApiClient http, String token, String lang) {
        ApiResponse board = http.exchange("GET", BOARD, token, null, null, Map.of("Accept-Language", lang));
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        for (JsonNode w : board.json().get("warnings")) {
            if (w.get("code").asText().equals("TARGETS_IN_DRAFTS")) {
                return w;
            }
        }
        return null;
    }

    @ParameterizedTest
    @EnumSource(StorageKind.class)
    void everyWriteThatChangesTheScoreboardShowsInTheNextRequest(StorageKind storage) {
        try (TestServer server = TestServer.start(storage.module(dataDirectory))) {
            Api api = new Api(server.client());
            ApiClient http = server.client();
            String admin = TestServer.ADMIN_TOKEN;
            api.loadUnits(Province.UNITS_CSV);
            String district = api.token("EDITOR", "krong-pac");
            assertThat(http.send("POST", "/api/v1/results", admin, "text/csv", RESULTS, Map.of()).status()).isEqualTo(200);

            JsonNode first = row(http, district, "ea-kly");
            assertThat(first.get("numerator").asLong()).isEqualTo(30);
            assertThat(first.get("target").isNull()).isTrue();
            assertThat(row(http, district, "ea-kly")).isEqualTo(first); // asked again: the same board

            // results imported
            assertThat(http.send("POST", "/api/v1/results", admin, "text/csv",
                    RESULTS.replace("ea-kly,ONLINE_RATE,2022,30,100", "ea-kly,ONLINE_RATE,2022,45,100"), Map.of())
                    .status()).isEqualTo(200);
            assertThat(row(http, district, "ea-kly").get("numerator").asLong()).isEqualTo(45);

            // units imported: a new name
            api.loadUnits(Province.UNITS_CSV.replace("ea-kly,Xã Ea Kly,", "ea-kly,Xã Ea Kly Mới,"));
            assertThat(row(http, district, "ea-kly").get("name").asText()).isEqualTo("Xã Ea Kly Mới");

            // a decision's targets: not while a draft, in force once issued
            ApiResponse draft = api.draft(district, "krong-pac", 2022, "Giao chỉ tiêu năm 2022");
            String id = draft.json().get("id").asText();
            ApiResponse set = api.setTarget(district, id, "ea-kly", "ONLINE_RATE", draft.header("ETag"),
                    Map.of("target", 40, "reason", "giao"));
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            assertThat(row(http, district, "ea-kly").get("target").isNull()).isTrue();
            // the board says why, in the language asked for (the kept board's JSON is written per language)
            for (String lang : List.of("vi", "en", "vi")) {
                JsonNode warning = draftsWarning(http, district, lang);
                assertThat(warning).as(lang).isNotNull();
                assertThat(warning.get("computed").asLong()).isEqualTo(1);
                assertThat(warning.get("message").asText()).startsWith(lang.equals("vi")
                        ? "1 đơn vị có mức giao chỉ trong quyết định dự thảo" : "1 unit has a target only in a draft decision");
            }
            ApiResponse issued = api.issue(district, id, set.header("ETag"), "12/QĐ-UBND");
            assertThat(issued.status()).as(issued.body()).isEqualTo(200);
            assertThat(draftsWarning(http, district, "en")).isNull();
            JsonNode targeted = row(http, district, "ea-kly");
            assertThat(targeted.get("target").decimalValue()).isEqualByComparingTo("40");
            assertThat(targeted.get("met").asBoolean()).isTrue();

            // an approval, then its re-opening
            ApiResponse approve = http.postJson("/api/v1/approvals", admin, Map.of("unit", "ea-kly", "period", "2022"));
            assertThat(approve.status()).as(approve.body()).isEqualTo(201);
            assertThat(row(http, district, "ea-kly").get("approved").asBoolean()).isTrue();
            ApiResponse reopen = http.send("DELETE", "/api/v1/approvals/ea-kly/2022", admin, "application/json",
                    ApiClient.json(Map.of("reason", "số liệu sai")), Map.of());
            assertThat(reopen.status()).as(reopen.body()).isEqualTo(200);
            assertThat(row(http, district, "ea-kly").get("approved").asBoolean()).isFalse();
        }
    }
}
