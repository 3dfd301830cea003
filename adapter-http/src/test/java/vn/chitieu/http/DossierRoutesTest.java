package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chitieu.application.dossier.ComputeIndicators;
import vn.chitieu.application.dossier.ComputeIndicatorsCommand;
import vn.chitieu.application.dossier.IndicatorsDocument;
import vn.chitieu.period.Period;
import vn.chitieu.table.Table;
import vn.chitieu.unit.UnitTree;
import vn.chitieu.unit.UnitsTable;

/**
 * {@code POST /api/v1/procedures}, {@code POST /api/v1/dossiers} and {@code GET /api/v1/indicators} on each
 * storage, with the CLI's Đắk Lắk samples (a month of dossiers): the indicators read from storage are those
 * the file-based count ({@code indicators}' use case) gives for the same file; a re-import changes nothing;
 * a bad body is refused whole (400, every bad record); a district token neither sends nor reads another
 * district's dossiers (403, nothing stored).
 */
class DossierRoutesTest {

    private static final Path SAMPLES = Path.of("../adapter-cli/src/main/resources/samples");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dataDirectory;

    private static String sample(String name) throws IOException {
        return Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    private static ApiResponse post(ApiClient http, String path, String token, String type, String body) {
        return http.send("POST", path, token, type, body, Map.of());
    }

    /** The JSON of the file-based count of {@code dossiers} (what {@code chitieu indicators --format json} prints). */
    private static JsonNode fromFile(String units, String procedures, String dossiers, String period, String unit) {
        CsvTables csv = new CsvTables();
        UnitTree tree = UnitTree.of(UnitsTable.units(csv.read("units.csv", units.getBytes(StandardCharsets.UTF_8))));
        Table table = csv.read("dossiers.csv", dossiers.getBytes(StandardCharsets.UTF_8));
        var computed = new ComputeIndicators().compute(new ComputeIndicatorsCommand(tree,
                () -> csv.read("procedures.csv", procedures.getBytes(StandardCharsets.UTF_8)),
                DossierBodies.csv("dossiers.csv", table, dossiers.getBytes(StandardCharsets.UTF_8).length),
                Period.parse(period), unit, "unit"));
        try {
            return normal(JSON.readTree(JSON.writeValueAsString(IndicatorsDocument.of(computed))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The document with every value written as its exact decimal (1E+2 = 100 = 100.0), from its text. */
    private static JsonNode normal(JsonNode doc) {
        var out = doc.deepCopy();
        for (JsonNode row : out.get("rows")) {
            JsonNode v = row.get("value");
            ((com.fasterxml.jackson.databind.node.ObjectNode) row).put("value",
                    v.isNull() ? null : v.decimalValue().stripTrailingZeros().toPlainString());
        }
        return out;
    }

    private static JsonNode body(ApiResponse r) throws IOException {
        return normal(JSON.readTree(r.body()));
    }

    @ParameterizedTest
    @EnumSource(StorageKind.class)
    void storedDossiersGiveTheIndicatorsOfTheFile(StorageKind storage) throws IOException {
        String units = sample("units-daklak-2022.csv");
        String procedures = sample("procedures-daklak.csv");
        String dossiers = sample("dossiers-daklak-2022-06.csv");
        try (TestServer server = TestServer.start(storage.module(dataDirectory))) {
            Api api = new Api(server.client());
            ApiClient http = server.client();
            api.loadUnits(units);
            String district = api.token("EDITOR", "krong-ana");

            assertThat(post(http, "/api/v1/procedures", district, "text/csv", procedures).status()).isEqualTo(403);
            ApiResponse p = post(http, "/api/v1/procedures", TestServer.ADMIN_TOKEN, "text/csv", procedures);
            assertThat(p.status()).as(p.body()).isEqualTo(200);
            assertThat(p.json().get("inserted").asLong()).isEqualTo(procedures.lines().count() - 1);

            ApiResponse first = post(http, "/api/v1/dossiers", TestServer.ADMIN_TOKEN, "text/csv", dossiers);
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            assertThat(first.json().get("inserted").asLong()).isEqualTo(3000);
            ApiResponse again = post(http, "/api/v1/dossiers", TestServer.ADMIN_TOKEN, "text/csv", dossiers);
            assertThat(again.json().get("unchanged").asLong()).isEqualTo(3000);
            assertThat(again.json().get("inserted").asLong() + again.json().get("updated").asLong()).isZero();

            for (String period : List.of("2022-06", "2022-05", "2022-Q2", "2022-Q3", "2022")) {
                ApiResponse read = http.get("/api/v1/indicators?period=" + period, TestServer.ADMIN_TOKEN);
                assertThat(read.status()).as(read.body()).isEqualTo(200);
                assertThat(body(read)).as(period).isEqualTo(fromFile(units, procedures, dossiers, period, null));
            }
            ApiResponse ofDistrict = http.get("/api/v1/indicators?period=2022-06&unit=krong-ana", TestServer.ADMIN_TOKEN);
            assertThat(body(ofDistrict).get("rows")).isEqualTo(fromFile(units, procedures, dossiers, "2022-06", "krong-ana")
                    .get("rows"));
            assertThat(ofDistrict.json().get("rows").size()).isEqualTo(10);
        }
    }

    @ParameterizedTest
    @EnumSource(StorageKind.class)
    void aDistrictNeitherSendsNorReadsAnotherDistrictsDossiers(StorageKind storage) throws IOException {
        try (TestServer server = TestServer.start(storage.module(dataDirectory))) {
            Api api = new Api(server.client());
            ApiClient http = server.client();
            api.loadUnits(sample("units-daklak-2022.csv"));
            post(http, "/api/v1/procedures", TestServer.ADMIN_TOKEN, "text/csv", sample("procedures-daklak.csv"));
            String krongAna = api.token("EDITOR", "krong-ana");
            String viewer = api.token("VIEWER", "krong-ana");
            String header = "MaHoSo,MaTTHC,DonViXuLy,KenhThucHien,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,TrangThaiHoSo,"
                    + "DuocThanhToanTrucTuyen,LePhi,HoSoCoThanhPhanSoHoa,CoKetQuaDienTu\n";
            String own = "KA-1,1.000002.000.00.00.H12,krong-ana,2,2022-06-01 08:00:00,2022-06-10,2022-06-05 10:00:00,10,0,0,1,1\n";
            String other = "BH-1,1.000002.000.00.00.H12,buon-ho,2,2022-06-01 08:00:00,2022-06-10,,4,0,0,0,0\n";

            ApiResponse refused = post(http, "/api/v1/dossiers", krongAna, "text/csv", header + own + other);
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.body()).contains("buon-ho");
            assertThat(http.get("/api/v1/indicators?period=2022-06", TestServer.ADMIN_TOKEN).json().get("rows")).isEmpty();
            assertThat(post(http, "/api/v1/dossiers", viewer, "text/csv", header + own).status()).isEqualTo(403);

            ApiResponse mine = post(http, "/api/v1/dossiers", krongAna, "text/csv", header + own);
            assertThat(mine.status()).as(mine.body()).isEqualTo(200);
            assertThat(post(http, "/api/v1/dossiers", TestServer.ADMIN_TOKEN, "text/csv", header + other).status())
                    .isEqualTo(200);

            assertThat(http.get("/api/v1/indicators?period=2022-06&unit=buon-ho", krongAna).status()).isEqualTo(403);
            assertThat(http.get("/api/v1/indicators?period=2022-06&unit=daklak", krongAna).status()).isEqualTo(403);
            JsonNode read = http.get("/api/v1/indicators?period=2022-06", viewer).json();
            List<String> units = new ArrayList<>();
            read.get("rows").forEach(r -> units.add(r.get("unit").asText()));
            assertThat(units).containsOnly("krong-ana").hasSize(10);
            assertThat(read.at("/dossiers/read").asLong()).isEqualTo(1);
            // the province sees both districts
            JsonNode all = http.get("/api/v1/indicators?period=2022-06", TestServer.ADMIN_TOKEN).json();
            assertThat(all.at("/dossiers/read").asLong()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(StorageKind.class)
    void aBadBodyIsRefusedWholeAndNdjsonRecordsAreRead(StorageKind storage) throws IOException {
        try (TestServer server = TestServer.start(storage.module(dataDirectory))) {
            Api api = new Api(server.client());
            ApiClient http = server.client();
            api.loadUnits(sample("units-daklak-2022.csv"));
            post(http, "/api/v1/procedures", TestServer.ADMIN_TOKEN, "text/csv", sample("procedures-daklak.csv"));
            String bad = """
                    code,procedure,unit,channel,received,due,finished,status,paidOnline,fee,digitized,eResult
                    A-1,1.000002.000.00.00.H12,krong-ana,2,2022-06-01 08:00:00,,,4,0,0,0,0
                    A-2,9.999,krong-ana,2,2022-06-01 08:00:00,,,4,0,0,0,0
                    A-3,1.000002.000.00.00.H12,krong-ana,2,2022-06-31 08:00:00,,,4,0,0,0,0
                    A-4,1.000002.000.00.00.H12,krong-ana,2,2022-06-01 08:00:00,,,9,0,0,0,0
                    """;

            ApiResponse refused = post(http, "/api/v1/dossiers", TestServer.ADMIN_TOKEN, "text/csv", bad);

            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            List<Integer> lines = new ArrayList<>();
            refused.json().get("errors").forEach(e -> lines.add(e.get("line").asInt()));
            assertThat(lines).containsExactly(3, 4, 5);
            assertThat(refused.body()).contains("9.999").contains("2022-06-31 08:00:00");
            assertThat(http.get("/api/v1/indicators?period=2022-06", TestServer.ADMIN_TOKEN).json().get("rows")).isEmpty();

            // a number past the reader's bound: refused with its line, in words, not the library's own method name
            ApiResponse huge = post(http, "/api/v1/dossiers", TestServer.ADMIN_TOKEN, DossierRoutes.NDJSON,
                    "{\"MaHoSo\":\"X\",\"LePhi\":" + "9".repeat(100_000) + "}\n");
            assertThat(huge.status()).as(huge.body()).isEqualTo(400);
            assertThat(huge.json().at("/errors/0/line").asInt()).isEqualTo(1);
            assertThat(huge.json().at("/errors/0/message").asText()).isEqualTo(
                    "not valid JSON: a number of 100000 digits; at most 1000");

            String ndjson = sample("dossiers-daklak-2022-06.ndjson");
            ApiResponse records = post(http, "/api/v1/dossiers", TestServer.ADMIN_TOKEN, DossierRoutes.NDJSON, ndjson);
            assertThat(records.status()).as(records.body()).isEqualTo(200);
            long lines12 = ndjson.lines().filter(l -> !l.isBlank()).count();
            assertThat(records.json().get("inserted").asLong()).isEqualTo(lines12);
            assertThat(http.get("/api/v1/indicators?period=2022-06", TestServer.ADMIN_TOKEN).json().at("/dossiers/read")
                    .asLong()).isEqualTo(lines12);
        }
    }
}
