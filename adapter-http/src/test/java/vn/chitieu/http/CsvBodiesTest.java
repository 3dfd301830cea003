package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A CSV body is refused as the CLI refuses the same file (the same table model): a field past
 * the header, a column named twice, a NUL; and two million bad lines answer a short problem.
 */
class CsvBodiesTest {

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

    private static ApiResponse postResults(String csv) {
        return api.send("POST", "/api/v1/results", TestServer.ADMIN_TOKEN, "text/csv", csv, Map.of());
    }

    private static JsonNode firstError(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.json().get("errors").get(0);
    }

    @Test
    void theLongFormWithTheOnTimeColumnsAsTheCliExportsItKeepsThemAndTheyBelongToOnTimeRate() {
        String header = "unit,indicator,period,numerator,denominator,rate,procedures,received,resolved,onTime,late,"
                + "onTimeRate,lateRate\n";
        ApiResponse stored = postResults(header + "so-y-te,ON_TIME_RATE,2018-Q3,14,14,,,9,14,14,0,100,0\n");
        assertThat(stored.status()).as(stored.body()).isBetween(200, 201);
        ApiResponse board = api.get("/api/v1/scoreboard?indicator=ON_TIME_RATE&period=2018-Q3", TestServer.ADMIN_TOKEN);
        assertThat(board.body()).contains("CARRY_OVER", "\"received\":9");

        JsonNode error = firstError(postResults(header + "so-y-te,ONLINE_RATE,2018-Q3,14,14,,,9,14,14,0,100,0\n"));
        assertThat(error.get("line").asInt()).isEqualTo(2);
        assertThat(error.get("message").asText()).contains("belong to ON_TIME_RATE, not to ONLINE_RATE");
    }

    @Test
    void aFieldPastTheHeaderIsRefusedWithItsLineColumnAndValue() {
        JsonNode error = firstError(postResults("unit,indicator,period,numerator,denominator\n"
                + "so-y-te,ONLINE_RATE,2018-Q2,1.234,5,10\n"));

        assertThat(error.get("line").asInt()).isEqualTo(2);
        assertThat(error.get("field").asText()).isEqualTo("#6");
        assertThat(error.get("value").asText()).isEqualTo("10");
        assertThat(error.get("message").asText()).startsWith("a field past the last column of the header (it has 5)");
    }

    @Test
    void aHeaderWithNumeratorTwiceIsRefusedNamingBoth() {
        JsonNode error = firstError(postResults("unit,indicator,period,numerator,denominator,numerator\n"
                + "so-y-te,ONLINE_RATE,2018-Q2,5,10,6\n"));

        assertThat(error.get("line").asInt()).isEqualTo(1);
        assertThat(error.get("message").asText()).contains("'numerator' (column 4)", "'numerator' (column 6)");
    }

    @Test
    void aMisspeltStatedRateColumnIsRefusedAsTheCliRefusesIt() {
        JsonNode error = firstError(postResults("unit,period,received,resolved,onTime,late,onTimRate,lateRate\n"
                + "so-y-te,2018-Q3,9,14,14,0,100,0\n"));

        assertThat(error.get("line").asInt()).isEqualTo(1);
        assertThat(error.get("field").asText()).isEqualTo("onTimRate");
        assertThat(error.get("message").asText()).contains("did you mean 'onTimeRate'?");
    }

    @Test
    void aMisspeltDossierHeaderIsRefusedBeforeAnyDossierIsStored() {
        ApiResponse response = api.send("POST", "/api/v1/dossiers", TestServer.ADMIN_TOKEN, "text/csv",
                "code,procedure,unit,channel,received,status,paidOnlne\nH1,1.001,so-y-te,2,2025-06-02 08:00:00,4,1\n",
                Map.of());

        JsonNode error = firstError(response);
        assertThat(error.get("line").asInt()).isEqualTo(1);
        assertThat(error.get("field").asText()).isEqualTo("paidOnlne");
        assertThat(error.get("message").asText()).contains("did you mean 'paidOnline'?");
    }

    @Test
    void aMisspeltKeyOfAnNdjsonRecordIsRefusedWithItsLine() {
        ApiResponse procedures = api.send("POST", "/api/v1/procedures", TestServer.ADMIN_TOKEN, "text/csv",
                "code,name,level,onlinePayment\n1.001,Cấp phiếu lý lịch tư pháp,FULL,true\n", Map.of());
        assertThat(procedures.status()).as(procedures.body()).isBetween(200, 201);
        ApiResponse response = api.send("POST", "/api/v1/dossiers", TestServer.ADMIN_TOKEN, "application/x-ndjson",
                "{\"MaHoSo\":\"H1\",\"MaTTHC\":\"1.001\",\"DonViXuLy\":\"so-y-te\",\"KenhThucHien\":2,"
                        + "\"NgayTiepNhan\":\"20250602080000\",\"TrangThaiHoSo\":4,\"DuocThanhToanTrucTuyn\":1}\n", Map.of());

        JsonNode error = firstError(response);
        assertThat(error.get("line").asInt()).isEqualTo(1);
        assertThat(error.get("message").asText()).contains("did you mean 'DuocThanhToanTrucTuyen'?");
    }

    @Test
    void aNulByteIsRefusedAtReadNotInTheDatabase() {
        ApiResponse response = api.send("PUT", "/api/v1/units", TestServer.ADMIN_TOKEN, "text/csv",
                Province.UNITS_CSV.replace("Sở Y tế", "Sở Y\u0000 tế"), Map.of());

        JsonNode error = firstError(response);
        assertThat(error.get("line").asInt()).isEqualTo(4);
        assertThat(error.get("field").asText()).isEqualTo("name");
        assertThat(error.get("message").asText()).contains("control character U+0000");
    }

    @Test
    void twoMillionBadLinesAnswerTheFirstHundredErrorsAndTheirCount() {
        String csv = "unit,indicator,period,numerator,denominator\n" + "x\n".repeat(2_000_000);

        ApiResponse response = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> postResults(csv));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().length()).isLessThan(100_000);
        assertThat(response.json().get("errors")).hasSize(100);
        assertThat(response.json().get("total").asLong()).isGreaterThanOrEqualTo(2_000_000);
        assertThat(response.json().get("detail").asText()).contains("the first 100 are listed");
    }
}
