package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code GET /api/v1/scoreboard?source=dossiers}: the figures computed from the stored Đắk Lắk dossiers (a month)
 * are scored as the results against the targets in force of an issued decision: each row's numerator and
 * denominator are those of {@code GET /api/v1/indicators}, met when the rate reaches the target; a district sees
 * its own row only; without {@code source} the stored results (none here: targets without a result) are scored, as
 * before.
 */
class DossierScoreboardRoutesTest {

    private static final Path SAMPLES = Path.of("../adapter-cli/src/main/resources/samples");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dataDirectory;

    private static String sample(String name) throws IOException {
        return Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    private static JsonNode row(JsonNode rows, String field, String unit) {
        for (JsonNode r : rows) {
            if (r.get(field).asText().equals(unit)) {
                return r;
            }
        }
        throw new AssertionError("no row of " + unit + " in " + rows);
    }

    @ParameterizedTest
    @EnumSource(StorageKind.class)
    void theFiguresOfTheStoredDossiersAreScoredAgainstTheTargetsInForce(StorageKind storage) throws IOException {
        try (TestServer server = TestServer.start(storage.module(dataDirectory))) {
            Api api = new Api(server.client());
            ApiClient http = server.client();
            api.loadUnits(sample("units-daklak-2022.csv"));
            http.send("POST", "/api/v1/procedures", TestServer.ADMIN_TOKEN, "text/csv", sample("procedures-daklak.csv"),
                    Map.of());
            assertThat(http.send("POST", "/api/v1/dossiers", TestServer.ADMIN_TOKEN, "text/csv",
                    sample("dossiers-daklak-2022-06.csv"), Map.of()).status()).isEqualTo(200);
            String id = api.draft(TestServer.ADMIN_TOKEN, "daklak", 2022, "Giao chỉ tiêu nộp trực tuyến").json().get("id")
                    .asText();
            assertThat(api.setTarget(TestServer.ADMIN_TOKEN, id, "krong-ana", "ONLINE_RATE", "\"v0\"", Map.of("target", 40))
                    .status()).isEqualTo(200);
            assertThat(api.setTarget(TestServer.ADMIN_TOKEN, id, "lak", "ONLINE_RATE", "\"v1\"", Map.of("target", 80))
                    .status()).isEqualTo(200);
            ApiResponse issued = api.issue(TestServer.ADMIN_TOKEN, id, "\"v2\"", "100/QĐ-UBND");
            assertThat(issued.status()).as(issued.body()).isEqualTo(200);

            JsonNode figures = JSON.readTree(http.get("/api/v1/indicators?period=2022-06", TestServer.ADMIN_TOKEN).body())
                    .get("rows");
            ApiResponse response = http.get("/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022-06&source=dossiers",
                    TestServer.ADMIN_TOKEN);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode rows = JSON.readTree(response.body()).get("rows");
            List<String> onBoard = new ArrayList<>();
            rows.forEach(r -> onBoard.add(r.get("unit").asText()));
            assertThat(onBoard).contains("krong-ana", "lak");
            for (String unit : List.of("krong-ana", "lak")) {
                JsonNode figure = null;
                for (JsonNode f : figures) {
                    if (f.get("unit").asText().equals(unit) && f.get("indicator").asText().equals("ONLINE_RATE")) {
                        figure = f;
                    }
                }
                assertThat(figure).as(unit).isNotNull();
                JsonNode scored = row(rows, "unit", unit);
                assertThat(scored.get("numerator").asLong()).isEqualTo(figure.get("numerator").asLong());
                assertThat(scored.get("denominator").asLong()).isEqualTo(figure.get("denominator").asLong());
                BigDecimal rate = BigDecimal.valueOf(figure.get("numerator").asLong() * 100)
                        .divide(BigDecimal.valueOf(figure.get("denominator").asLong()), MathContext.DECIMAL128);
                BigDecimal target = new BigDecimal(unit.equals("krong-ana") ? 40 : 80);
                assertThat(scored.get("target").decimalValue()).isEqualByComparingTo(target);
                assertThat(scored.get("met").asBoolean()).as(unit + " " + rate).isEqualTo(rate.compareTo(target) >= 0);
            }
            // Krông Ana 14 / 30 = 46.7 % against 40 %, Lắk 10 / 13 = 76.9 % against 80 % (the sample)
            assertThat(row(rows, "unit", "krong-ana").get("met").asBoolean()).isTrue();
            assertThat(row(rows, "unit", "lak").get("met").asBoolean()).isFalse();

            // a district sees its own row only, ranked among every unit
            String viewer = api.token("VIEWER", "krong-ana");
            JsonNode own = JSON.readTree(http.get("/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022-06&source=dossiers",
                    viewer).body()).get("rows");
            List<String> ownUnits = new ArrayList<>();
            own.forEach(r -> ownUnits.add(r.get("unit").asText()));
            assertThat(ownUnits).containsExactly("krong-ana");
            assertThat(own.get(0).get("rank").asInt()).isEqualTo(row(rows, "unit", "krong-ana").get("rank").asInt());

            // the stored results (none) are still what the plain scoreboard scores: targets without a result
            JsonNode plain = http.get("/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022-06", TestServer.ADMIN_TOKEN)
                    .json().get("rows");
            assertThat(plain).hasSize(2);
            plain.forEach(r -> {
                assertThat(r.get("numerator").isNull()).isTrue();
                assertThat(r.get("flags").toString()).contains("NO_RESULT");
            });
            assertThat(http.get("/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022-06&source=files",
                    TestServer.ADMIN_TOKEN).status()).isEqualTo(400);
            assertThat(http.get("/api/v1/scoreboard?indicator=NO_SUCH&period=2022-06&source=dossiers",
                    TestServer.ADMIN_TOKEN).status()).isEqualTo(400);
        }
    }

    /**
     * The dossier scoreboard is kept per version of the store (computed once, not per request), and a dossier
     * import is a write: the next request counts the new dossiers. Lắk has 10 of 13 received online in the sample
     * (76.9 % against 80 %); three more received online in June on a toàn trình procedure make it 13 / 16.
     */
    @ParameterizedTest
    @EnumSource(StorageKind.class)
    void aDossierImportChangesTheNextScoreboardNoStaleOneIsServed(StorageKind storage) throws IOException {
        try (TestServer server = TestServer.start(storage.module(dataDirectory))) {
            Api api = new Api(server.client());
            ApiClient http = server.client();
            api.loadUnits(sample("units-daklak-2022.csv"));
            http.send("POST", "/api/v1/procedures", TestServer.ADMIN_TOKEN, "text/csv", sample("procedures-daklak.csv"),
                    Map.of());
            assertThat(http.send("POST", "/api/v1/dossiers", TestServer.ADMIN_TOKEN, "text/csv",
                    sample("dossiers-daklak-2022-06.csv"), Map.of()).status()).isEqualTo(200);
            String id = api.draft(TestServer.ADMIN_TOKEN, "daklak", 2022, "Giao chỉ tiêu nộp trực tuyến").json().get("id")
                    .asText();
            assertThat(api.setTarget(TestServer.ADMIN_TOKEN, id, "lak", "ONLINE_RATE", "\"v0\"", Map.of("target", 80))
                    .status()).isEqualTo(200);
            assertThat(api.issue(TestServer.ADMIN_TOKEN, id, "\"v1\"", "100/QĐ-UBND").status()).isEqualTo(200);
            String board = "/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022-06&source=dossiers";

            ApiResponse first = http.get(board, TestServer.ADMIN_TOKEN);
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            JsonNode before = row(JSON.readTree(first.body()).get("rows"), "unit", "lak");
            assertThat(before.get("numerator").asLong()).isEqualTo(10);
            assertThat(before.get("denominator").asLong()).isEqualTo(13);
            assertThat(before.get("met").asBoolean()).isFalse();
            assertThat(http.get(board, TestServer.ADMIN_TOKEN).body()).isEqualTo(first.body()); // nothing written

            String more = "code,procedure,unit,channel,received,due,finished,status,paidOnline,fee,digitized,eResult\n"
                    + "KEPT-LAK-1,1.000002.000.00.00.H12,lak,2,2022-06-10 08:00:00,2022-06-20 08:00:00,,2,0,0,0,0\n"
                    + "KEPT-LAK-2,1.000002.000.00.00.H12,lak,2,2022-06-11 08:00:00,2022-06-21 08:00:00,,2,0,0,0,0\n"
                    + "KEPT-LAK-3,1.000002.000.00.00.H12,lak,2,2022-06-12 08:00:00,2022-06-22 08:00:00,,2,0,0,0,0\n";
            ApiResponse imported = http.send("POST", "/api/v1/dossiers", TestServer.ADMIN_TOKEN, "text/csv", more, Map.of());
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);

            JsonNode after = row(JSON.readTree(http.get(board, TestServer.ADMIN_TOKEN).body()).get("rows"), "unit", "lak");
            assertThat(after.get("numerator").asLong()).isEqualTo(13);
            assertThat(after.get("denominator").asLong()).isEqualTo(16);
            assertThat(after.get("met").asBoolean()).isTrue();
        }
    }
}
