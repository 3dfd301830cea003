package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/units/{code}/results}: a unit's results over the periods in order, the targets
 * of issued decisions only, 403 outside the caller's subtree (the same for a unit that does not
 * exist), 404 for an admin asking for a unit that does not exist. And the indicator catalogue.
 */
class UnitHistoryRoutesTest {

    @Test
    void aUnitsResultsComeInPeriodOrderWithTheTargetsOfIssuedDecisionsOnlyAndOnlyInsideTheSubtree() {
        try (TestServer server = TestServer.start(ServerStorage.inMemory())) {
            ApiClient http = server.client();
            Api api = new Api(http);
            api.loadUnits(Province.UNITS_CSV);
            ApiResponse results = http.send("POST", "/api/v1/results", TestServer.ADMIN_TOKEN, "text/csv", """
                    unit,indicator,period,numerator,denominator
                    ea-kly,ONLINE_RATE,2022-Q2,30,100
                    ea-kly,ONLINE_RATE,2022-Q1,20,80
                    ea-kly,ON_TIME_RATE,2022-Q1,0,0
                    ea-le,ONLINE_RATE,2022-Q1,1,2
                    """, Map.of());
            assertThat(results.status()).as(results.body()).isEqualTo(200);
            String issued = api.draft(TestServer.ADMIN_TOKEN, "krong-pac", 2022, "Giao chỉ tiêu năm 2022").json().get("id").asText();
            assertThat(api.setTarget(TestServer.ADMIN_TOKEN, issued, "ea-kly", "ONLINE_RATE", "\"v0\"",
                    Map.of("target", 40, "reason", "xã khó khăn")).status()).isEqualTo(200);
            assertThat(api.issue(TestServer.ADMIN_TOKEN, issued, "\"v1\"", "125/QĐ-UBND").status()).isEqualTo(200);
            String draft = api.draft(TestServer.ADMIN_TOKEN, "krong-pac", 2022, "Dự thảo").json().get("id").asText();
            assertThat(api.setTarget(TestServer.ADMIN_TOKEN, draft, "ea-kly", "ONLINE_RATE", "\"v0\"",
                    Map.of("target", 90)).status()).isEqualTo(200);
            String krongPac = api.token("VIEWER", "krong-pac");

            ApiResponse own = http.get("/api/v1/units/ea-kly/results", krongPac);

            assertThat(own.status()).as(own.body()).isEqualTo(200);
            JsonNode json = own.json();
            assertThat(json.at("/unit/name").asText()).isEqualTo("Xã Ea Kly");
            assertThat(json.get("results")).extracting(r -> r.get("indicator").asText() + " " + r.get("period").asText())
                    .containsExactly("ONLINE_RATE 2022-Q1", "ONLINE_RATE 2022-Q2", "ON_TIME_RATE 2022-Q1");
            assertThat(json.at("/results/0/value").decimalValue()).isEqualByComparingTo("25");
            assertThat(json.at("/results/2/value").isNull()).as("0 of 0 is not available").isTrue();
            assertThat(json.get("targets")).hasSize(1);
            assertThat(json.at("/targets/0/number").asText()).isEqualTo("125/QĐ-UBND");
            assertThat(json.at("/targets/0/target").decimalValue()).isEqualByComparingTo("40");
            assertThat(json.at("/targets/0/period").asText()).isEqualTo("2022");

            ApiResponse outside = http.get("/api/v1/units/ea-le/results", krongPac);
            ApiResponse missing = http.get("/api/v1/units/no-such-unit/results", krongPac);
            ApiResponse adminMissing = http.get("/api/v1/units/no-such-unit/results", TestServer.ADMIN_TOKEN);
            assertThat(outside.status()).isEqualTo(403);
            assertThat(outside.body()).doesNotContain("Ea Lê");
            assertThat(missing.status()).isEqualTo(403);
            assertThat(adminMissing.status()).isEqualTo(404);
            assertThat(http.get("/api/v1/units/ea-kly/results", null).status()).isEqualTo(401);

            ApiResponse catalogue = http.get("/api/v1/indicators/catalogue", krongPac);
            assertThat(catalogue.status()).isEqualTo(200);
            assertThat(catalogue.json()).extracting(i -> i.get("code").asText()).contains("ONLINE_RATE", "ON_TIME_RATE");
            assertThat(catalogue.json()).filteredOn(i -> i.get("code").asText().equals("ON_TIME_RATE")).singleElement()
                    .satisfies(i -> assertThat(i.get("nameVi").asText()).isEqualTo("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"));
        }
    }

    @Test
    void anUnknownScoreboardFormatIs400() {
        try (TestServer server = TestServer.start(ServerStorage.inMemory())) {
            ApiResponse r = server.client().get("/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022&format=pdf",
                    TestServer.ADMIN_TOKEN);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).contains("format");
        }
    }
}
