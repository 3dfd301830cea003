package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import vn.chitieu.application.dossier.ComputeIndicatorsCommand;
import vn.chitieu.application.dossier.NationalIndexDocument;
import vn.chitieu.application.dossier.ScoreNationalIndex;
import vn.chitieu.dossier.profile.NationalProfiles;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitTree;
import vn.chitieu.unit.UnitsTable;

/**
 * {@code GET /api/v1/indicators?profile=766-2022} over the stored Đắk Lắk samples (a month of dossiers): the
 * points equal those of the CLI's use case ({@code indicators --profile}: {@link ScoreNationalIndex} over the
 * file-based count) on the same files; a criterion the dossiers cannot compute has null points; an unknown
 * profile is bad input (400); a district token scores its own subtree only.
 */
class NationalIndexRoutesTest {

    private static final Path SAMPLES = Path.of("../adapter-cli/src/main/resources/samples");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dataDirectory;

    private static String sample(String name) throws IOException {
        return Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    private static ApiResponse post(ApiClient http, String path, String token, String type, String body) {
        return http.send("POST", path, token, type, body, Map.of());
    }

    /** The JSON of the CLI's use case on the files: ScoreNationalIndex over ComputeIndicators. */
    private static JsonNode fromFile(String units, String procedures, String dossiers, String period, String unit)
            throws IOException {
        CsvTables csv = new CsvTables();
        UnitTree tree = UnitTree.of(UnitsTable.units(csv.read("units.csv", units.getBytes(StandardCharsets.UTF_8))));
        var command = new ComputeIndicatorsCommand(tree,
                () -> csv.read("procedures.csv", procedures.getBytes(StandardCharsets.UTF_8)),
                DossierBodies.csv("dossiers.csv", csv.read("dossiers.csv", dossiers.getBytes(StandardCharsets.UTF_8)),
                        dossiers.getBytes(StandardCharsets.UTF_8).length),
                Period.parse(period), unit, "unit");
        var scores = new ScoreNationalIndex().score(command, "766-2022", "profile");
        return normal(JSON.readTree(JSON.writeValueAsString(NationalIndexDocument.of(scores, tree, "en"))));
    }

    /** Every number written as its exact decimal (1E+1 = 10 = 10.0). */
    private static JsonNode normal(JsonNode node) {
        if (node instanceof ObjectNode o) {
            ObjectNode out = JSON.createObjectNode();
            o.fields().forEachRemaining(e -> out.set(e.getKey(), normal(e.getValue())));
            return out;
        }
        if (node instanceof ArrayNode a) {
            ArrayNode out = JSON.createArrayNode();
            a.forEach(x -> out.add(normal(x)));
            return out;
        }
        if (node.isNumber()) {
            return JSON.getNodeFactory().textNode(node.decimalValue().stripTrailingZeros().toPlainString());
        }
        return node;
    }

    /** The body read with its exact decimals, then normalised. */
    private static JsonNode exact(ApiResponse r) throws IOException {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return normal(JSON.readTree(r.body()));
    }

    private static JsonNode criterion(JsonNode unit, String id) {
        for (JsonNode c : unit.get("criteria")) {
            if (c.get("criterion").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no criterion " + id + " in " + unit);
    }

    private static JsonNode unit(JsonNode doc, String code) {
        for (JsonNode u : doc.get("units")) {
            if (u.get("unit").asText().equals(code)) {
                return u;
            }
        }
        throw new AssertionError("no unit " + code + " in " + doc);
    }

    @ParameterizedTest
    @EnumSource(StorageKind.class)
    void storedDossiersScoreAsTheFileDoes(StorageKind storage) throws IOException {
        String units = sample("units-daklak-2022.csv");
        String procedures = sample("procedures-daklak.csv");
        String dossiers = sample("dossiers-daklak-2022-06.csv");
        try (TestServer server = TestServer.start(storage.module(dataDirectory))) {
            Api api = new Api(server.client());
            ApiClient http = server.client();
            api.loadUnits(units);
            assertThat(post(http, "/api/v1/procedures", TestServer.ADMIN_TOKEN, "text/csv", procedures).status())
                    .isEqualTo(200);
            assertThat(post(http, "/api/v1/dossiers", TestServer.ADMIN_TOKEN, "text/csv", dossiers).status())
                    .isEqualTo(200);

            for (String period : List.of("2022-06", "2022-Q2")) {
                ApiResponse scored = http.get("/api/v1/indicators?period=" + period + "&profile=766-2022",
                        TestServer.ADMIN_TOKEN);
                assertThat(scored.status()).as(scored.body()).isEqualTo(200);
                assertThat(exact(scored)).as(period)
                        .isEqualTo(fromFile(units, procedures, dossiers, period, null));
            }
            JsonNode doc = exact(http.get("/api/v1/indicators?period=2022-06&unit=krong-ana&profile=766-2022",
                    TestServer.ADMIN_TOKEN));
            // the file's count reads every dossier of the file, the stored one only the subtree's: the units compare
            assertThat(doc.get("units")).isEqualTo(fromFile(units, procedures, dossiers, "2022-06", "krong-ana")
                    .get("units"));
            doc = JSON.readTree(http.get("/api/v1/indicators?period=2022-06&unit=krong-ana&profile=766-2022",
                    TestServer.ADMIN_TOKEN).body());

            // 2.1 from the plain figures: points = min(1, PROGRESS_RATE / 100 %) × 20 (766-2022.csv), the rate being
            // numerator / denominator of GET /api/v1/indicators
            JsonNode figures = http.get("/api/v1/indicators?period=2022-06&unit=krong-ana", TestServer.ADMIN_TOKEN).json();
            BigDecimal expected = null;
            for (JsonNode row : figures.get("rows")) {
                if (row.get("unit").asText().equals("krong-ana") && row.get("indicator").asText().equals("PROGRESS_RATE")) {
                    expected = BigDecimal.valueOf(row.get("numerator").asLong())
                            .divide(BigDecimal.valueOf(row.get("denominator").asLong()), MathContext.DECIMAL128)
                            .min(BigDecimal.ONE).multiply(new BigDecimal(20));
                }
            }
            assertThat(expected).isNotNull();
            JsonNode krongAna = unit(doc, "krong-ana");
            assertThat(criterion(krongAna, "2.1").get("points").decimalValue()).isCloseTo(expected,
                    org.assertj.core.data.Offset.offset(new BigDecimal("1E-30")));
            assertThat(criterion(krongAna, "2.1").get("status").asText()).isEqualTo("SCORED");
            // a criterion no dossier can compute is "not computed", never 0 points
            assertThat(criterion(krongAna, "1.1").get("points").isNull()).isTrue();
            assertThat(criterion(krongAna, "1.1").get("status").asText()).isEqualTo("NOT_COMPUTED");
            assertThat(doc.at("/profile/id").asText()).isEqualTo("766-2022");

            // names in the language asked
            ApiResponse vi = http.send("GET", "/api/v1/indicators?period=2022-06&profile=766-2022",
                    TestServer.ADMIN_TOKEN, null, null, Map.of("Accept-Language", "vi"));
            assertThat(vi.json().at("/profile/title").asText())
                    .isEqualTo(NationalProfiles.get("766-2022", "profile").title("vi"));
        }
    }

    @ParameterizedTest
    @EnumSource(StorageKind.class)
    void anUnknownProfileIsBadInputAndADistrictScoresItsOwnSubtreeOnly(StorageKind storage) throws IOException {
        String units = sample("units-daklak-2022.csv");
        try (TestServer server = TestServer.start(storage.module(dataDirectory))) {
            Api api = new Api(server.client());
            ApiClient http = server.client();
            api.loadUnits(units);
            post(http, "/api/v1/procedures", TestServer.ADMIN_TOKEN, "text/csv", sample("procedures-daklak.csv"));
            assertThat(post(http, "/api/v1/dossiers", TestServer.ADMIN_TOKEN, "text/csv",
                    sample("dossiers-daklak-2022-06.csv")).status()).isEqualTo(200);
            String viewer = api.token("VIEWER", "krong-ana");

            ApiResponse unknown = http.get("/api/v1/indicators?period=2022-06&profile=999-2030", TestServer.ADMIN_TOKEN);
            assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
            assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(unknown.body()).contains("999-2030").contains("766-2022");

            JsonNode mine = exact(http.get("/api/v1/indicators?period=2022-06&profile=766-2022", viewer));
            List<String> scored = new ArrayList<>();
            mine.get("units").forEach(u -> scored.add(u.get("unit").asText()));
            assertThat(scored).containsExactly("krong-ana");
            assertThat(mine.get("units")).isEqualTo(fromFile(units, sample("procedures-daklak.csv"),
                    sample("dossiers-daklak-2022-06.csv"), "2022-06", "krong-ana").get("units"));
            assertThat(http.get("/api/v1/indicators?period=2022-06&unit=buon-ho&profile=766-2022", viewer).status())
                    .isEqualTo(403);
            assertThat(http.get("/api/v1/indicators?period=2022-06&unit=daklak&profile=766-2022", viewer).status())
                    .isEqualTo(403);
            // the province scores more than the district
            assertThat(http.get("/api/v1/indicators?period=2022-06&profile=766-2022", TestServer.ADMIN_TOKEN).json()
                    .get("units").size()).isGreaterThan(1);
        }
    }
}
