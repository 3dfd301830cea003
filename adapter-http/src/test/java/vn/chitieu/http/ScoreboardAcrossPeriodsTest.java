package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/scoreboard} over periods and indicators (issue 15 item 6): a year scored from
 * the stored quarters as the ratio of the summed counts, year to date when its quarters stop early;
 * several indicators side by side while one keeps the single scoreboard's shape; and the CSV for a
 * Vietnamese Excel on request ({@code csvStyle=excel}).
 */
class ScoreboardAcrossPeriodsTest {

    private static final String RESULTS = """
            unit,indicator,period,numerator,denominator
            ea-kly,ONLINE_RATE,2022-Q1,20,80
            ea-kly,ONLINE_RATE,2022-Q2,30,100
            ea-kly,ONLINE_RATE,2022-Q3,1,20
            ea-le,ONLINE_RATE,2022-Q1,1,2
            ea-le,ONLINE_RATE,2022-Q2,3,4
            ea-le,ONLINE_RATE,2022-Q3,5,6
            ea-kly,ON_TIME_RATE,2022-Q1,9,10
            ea-le,ON_TIME_RATE,2022-Q1,7,10
            """;

    private static Map<String, JsonNode> byUnit(JsonNode board) {
        Map<String, JsonNode> rows = new HashMap<>();
        board.get("rows").forEach(r -> rows.put(r.get("unit").asText(), r));
        return rows;
    }

    @Test
    void aYearIsTheRatioOfItsQuartersSummedCountsAndSaysItIsYearToDate() {
        try (TestServer server = TestServer.start(ServerStorage.inMemory())) {
            ApiClient http = server.client();
            new Api(http).loadUnits(Province.UNITS_CSV);
            ApiResponse imported = http.send("POST", "/api/v1/results", TestServer.ADMIN_TOKEN, "text/csv", RESULTS, Map.of());
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);

            ApiResponse year = http.get("/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022", TestServer.ADMIN_TOKEN);

            assertThat(year.status()).as(year.body()).isEqualTo(200);
            Map<String, JsonNode> rows = byUnit(year.json());
            // Ea Kly: (20 + 30 + 1) / (80 + 100 + 20) = 51 / 200 = 25.5 %; Ea Lê: 9 / 12 = 75 %
            assertThat(rows.get("ea-kly").get("numerator").asLong()).isEqualTo(51);
            assertThat(rows.get("ea-kly").get("denominator").asLong()).isEqualTo(200);
            assertThat(rows.get("ea-kly").get("value").decimalValue()).isEqualByComparingTo("25.5");
            assertThat(rows.get("ea-le").get("value").decimalValue()).isEqualByComparingTo("75");
            assertThat(rows.get("ea-kly").get("period").asText()).isEqualTo("2022");
            JsonNode warning = year.json().get("warnings").get(0);
            assertThat(warning.get("code").asText()).isEqualTo("YEAR_TO_DATE");
            assertThat(warning.get("message").asText()).contains("30/09/2022").contains("Quý I/2022, Quý II/2022, Quý III/2022");

            ApiResponse half = http.get("/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022-H1", TestServer.ADMIN_TOKEN);
            assertThat(byUnit(half.json()).get("ea-kly").get("value").decimalValue()
                    .subtract(new java.math.BigDecimal(5000).divide(new java.math.BigDecimal(180),
                            java.math.MathContext.DECIMAL128)).abs())
                    .as("(20 + 30) / (80 + 100)").isLessThan(new java.math.BigDecimal("1e-12"));
            assertThat(half.json().get("warnings").get(0).get("code").asText()).isEqualTo("PERIODS_SUMMED");
        }
    }

    @Test
    void severalIndicatorsSideBySideAndOneKeepsItsShape() {
        try (TestServer server = TestServer.start(ServerStorage.inMemory())) {
            ApiClient http = server.client();
            new Api(http).loadUnits(Province.UNITS_CSV);
            http.send("POST", "/api/v1/results", TestServer.ADMIN_TOKEN, "text/csv", RESULTS, Map.of());

            ApiResponse both = http.get("/api/v1/scoreboard?indicator=ONLINE_RATE&indicator=ON_TIME_RATE&period=2022-Q1",
                    TestServer.ADMIN_TOKEN);
            ApiResponse comma = http.get("/api/v1/scoreboard?indicator=ONLINE_RATE,ON_TIME_RATE&period=2022-Q1",
                    TestServer.ADMIN_TOKEN);
            ApiResponse one = http.get("/api/v1/scoreboard?indicator=ON_TIME_RATE&period=2022-Q1", TestServer.ADMIN_TOKEN);

            assertThat(both.status()).as(both.body()).isEqualTo(200);
            assertThat(both.json().get("indicators").toString()).isEqualTo("[\"ONLINE_RATE\",\"ON_TIME_RATE\"]");
            assertThat(both.json().get("scoreboards")).hasSize(2);
            assertThat(byUnit(both.json().at("/scoreboards/0")).get("ea-kly").get("value").decimalValue())
                    .isEqualByComparingTo("25");
            assertThat(byUnit(both.json().at("/scoreboards/1")).get("ea-kly").get("value").decimalValue())
                    .isEqualByComparingTo("90");
            assertThat(comma.json()).isEqualTo(both.json());
            assertThat(one.json().has("rows")).isTrue();
            assertThat(one.json().has("scoreboards")).isFalse();
            assertThat(one.json().get("rows")).isEqualTo(both.json().at("/scoreboards/1/rows"));

            ApiResponse csv = http.get("/api/v1/scoreboard?indicator=ONLINE_RATE,ON_TIME_RATE&period=2022-Q1&format=csv",
                    TestServer.ADMIN_TOKEN);
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.body().lines().count()).as("a header and two rows of each").isEqualTo(5);
        }
    }

    @Test
    void theCsvForAVietnameseExcelHasSemicolonsDecimalCommasAndWords() {
        try (TestServer server = TestServer.start(ServerStorage.inMemory())) {
            ApiClient http = server.client();
            new Api(http).loadUnits(Province.UNITS_CSV);
            http.send("POST", "/api/v1/results", TestServer.ADMIN_TOKEN, "text/csv", """
                    unit,indicator,period,numerator,denominator
                    ea-kly,ONLINE_RATE,2022-Q1,1,3
                    """, Map.of());

            ApiResponse excel = http.get("/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022-Q1&format=csv&csvStyle=excel",
                    TestServer.ADMIN_TOKEN);
            ApiResponse plain = http.get("/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022-Q1&format=csv",
                    TestServer.ADMIN_TOKEN);
            ApiResponse bad = http.get("/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022-Q1&format=csv&csvStyle=fancy",
                    TestServer.ADMIN_TOKEN);

            assertThat(excel.status()).isEqualTo(200);
            assertThat(excel.body()).startsWith("\uFEFFunit;name;kind;indicator;period;numerator;denominator;value;")
                    .contains("ea-kly;Xã Ea Kly;COMMUNE;ONLINE_RATE;2022-Q1;1;3;33,33;");
            assertThat(plain.body()).startsWith("\uFEFFunit,name,kind,").contains(",1,3,33.3333");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("csvStyle");
        }
    }
}
