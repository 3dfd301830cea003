package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The security cases of the HTTP contract, run on each storage by a subclass: no token 401, a
 * district EDITOR writing another district's commune 403, editing an issued decision 409, a
 * stale If-Match 412, an oversized body 413, a field outside the DTO 400.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SecurityCases {

    /** Small enough that the 413 case sends little; the JSON limit stays the default. */
    private static final int CSV_LIMIT = 4 * 1024;

    private TestServer server;
    private Api api;
    private ApiClient client;
    private Path dataDirectory;

    @TempDir
    static Path scratch;
    private String krongPacEditor;

    abstract StorageKind storage();

    @BeforeAll
    void start() throws Exception {
        dataDirectory = scratch.resolve("data"); // in JUnit's folder, deleted with its lock file after the class
        ServerSettings d = ServerSettings.defaults();
        server = TestServer.start(storage().module(dataDirectory),
                new ServerSettings(d.maxJsonBytes(), CSV_LIMIT, d.defaultPageSize(), d.maxPageSize()));
        client = server.client();
        api = new Api(client);
        api.loadUnits(Province.UNITS_CSV);
        krongPacEditor = api.token("EDITOR", "krong-pac");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private String draft() {
        return api.draft(TestServer.ADMIN_TOKEN, "dak-lak", 2022, "Chỉ tiêu 2022").header("Location")
                .substring("/api/v1/decisions/".length());
    }

    private String draftOf(String token, String issuer) {
        return api.draft(token, issuer, 2022, "Chỉ tiêu 2022 của " + issuer).json().get("id").asText();
    }

    private String etag(String id) {
        return client.get("/api/v1/decisions/" + id, TestServer.ADMIN_TOKEN).header("ETag");
    }

    @Test
    void noTokenIsUnauthorized() {
        ApiResponse response = client.get("/api/v1/units", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aDistrictEditorCannotWriteAnotherDistrictsCommune() {
        String id = draft();

        ApiResponse response = api.setTarget(krongPacEditor, id, "ea-le", "ONLINE_RATE", etag(id), Map.of("target", 50));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("detail").asText()).contains("ea-le").contains("krong-pac");
        assertThat(client.get("/api/v1/decisions/" + id, TestServer.ADMIN_TOKEN).json().get("assignments")).isEmpty();
    }

    @Test
    void aDistrictEditorTouchesNeitherAnotherDistrictsDecisionNorTheProvinces() {
        String eaSupEditor = api.token("EDITOR", "ea-sup");
        String theirs = draftOf(eaSupEditor, "ea-sup");
        String province = draft();

        ApiResponse assign = api.setTarget(krongPacEditor, theirs, "ea-kly", "ONLINE_RATE", etag(theirs), Map.of("target", 50));
        ApiResponse issue = api.issue(krongPacEditor, theirs, etag(theirs), "9/QĐ-UBND");
        ApiResponse intoProvince = api.setTarget(krongPacEditor, province, "ea-kly", "ONLINE_RATE", etag(province),
                Map.of("target", 50));
        ApiResponse issueProvince = api.issue(krongPacEditor, province, etag(province), "10/QĐ-UBND");

        assertThat(assign.status()).as(assign.body()).isEqualTo(403);
        assertThat(assign.json().get("detail").asText()).doesNotContain("ea-sup");
        assertThat(issue.status()).as(issue.body()).isEqualTo(403);
        assertThat(intoProvince.status()).as(intoProvince.body()).isEqualTo(403);
        assertThat(issueProvince.status()).as(issueProvince.body()).isEqualTo(403);
        assertThat(client.get("/api/v1/decisions/" + theirs, TestServer.ADMIN_TOKEN).json().get("assignments")).isEmpty();
        assertThat(client.get("/api/v1/decisions/" + theirs, TestServer.ADMIN_TOKEN).json().get("status").asText())
                .isEqualTo("DRAFT");
        assertThat(client.get("/api/v1/decisions/" + province, TestServer.ADMIN_TOKEN).json().get("assignments")).isEmpty();

        ApiResponse own = api.setTarget(eaSupEditor, theirs, "ea-le", "ONLINE_RATE", etag(theirs), Map.of("target", 50));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        ApiResponse issued = api.issue(eaSupEditor, theirs, own.header("ETag"), "11/QĐ-UBND");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    }

    @Test
    void aDecisionSetsTargetsOnlyWithinItsIssuersSubtree() {
        String id = draftOf(TestServer.ADMIN_TOKEN, "krong-pac");

        ApiResponse response = api.setTarget(TestServer.ADMIN_TOKEN, id, "ea-le", "ONLINE_RATE", etag(id), Map.of("target", 50));

        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(client.get("/api/v1/decisions/" + id, TestServer.ADMIN_TOKEN).json().get("assignments")).isEmpty();
    }

    @Test
    void aTargetForAPeriodOutsideTheDecisionsYearIsRefusedNamingBoth() {
        String id = draftOf(krongPacEditor, "krong-pac");

        for (String period : new String[] {"2031", "1999-Q1"}) {
            ApiResponse response = api.setTarget(krongPacEditor, id, "ea-kly", "ONLINE_RATE", etag(id),
                    Map.of("target", 50, "period", period));

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.json().get("detail").asText()).contains(period).contains("2022");
            assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("period");
        }
        assertThat(client.get("/api/v1/decisions/" + id, TestServer.ADMIN_TOKEN).json().get("assignments")).isEmpty();
        assertThat(api.setTarget(krongPacEditor, id, "ea-kly", "ONLINE_RATE", etag(id),
                Map.of("target", 50, "period", "2022-Q3")).status()).isEqualTo(200);
    }

    @Test
    void aDistrictEditorCannotDraftForTheProvince() {
        ApiResponse response = client.postJson("/api/v1/decisions", krongPacEditor,
                Map.of("issuer", "dak-lak", "year", 2022, "title", "Quyết định mạo danh"));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void anIssuedDecisionCannotBeEdited() {
        String id = draftOf(krongPacEditor, "krong-pac");
        ApiResponse issued = api.issue(TestServer.ADMIN_TOKEN, id, etag(id), "1/QĐ-UBND");
        assertThat(issued.status()).isEqualTo(200);

        ApiResponse response = api.setTarget(krongPacEditor, id, "ea-kly", "ONLINE_RATE", issued.header("ETag"),
                Map.of("target", 50));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("type").asText()).isEqualTo("urn:chitieu:problem:decision-not-editable");
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
        String id = draftOf(krongPacEditor, "krong-pac");
        String read = etag(id);
        assertThat(api.setTarget(krongPacEditor, id, "ea-kly", "ONLINE_RATE", read, Map.of("target", 50)).status())
                .isEqualTo(200);

        ApiResponse response = api.setTarget(krongPacEditor, id, "ea-phe", "ONLINE_RATE", read, Map.of("target", 45));

        assertThat(response.status()).isEqualTo(412);
        assertThat(client.get("/api/v1/decisions/" + id, TestServer.ADMIN_TOKEN).json().get("assignments")).hasSize(1);
    }

    @Test
    void aRegistryUploadFromAStaleETagIsRefused() {
        String read = client.get("/api/v1/units", TestServer.ADMIN_TOKEN).header("ETag");
        ApiResponse first = client.send("PUT", "/api/v1/units", TestServer.ADMIN_TOKEN, "text/csv",
                Province.UNITS_CSV + "ea-bar,Xã Ea Bar,COMMUNE,ea-sup,\n", Map.of("If-Match", read));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotEqualTo(read);

        ApiResponse second = client.send("PUT", "/api/v1/units", TestServer.ADMIN_TOKEN, "text/csv", Province.UNITS_CSV,
                Map.of("If-Match", read));

        assertThat(second.status()).isEqualTo(412);
    }

    @Test
    void anUpdateWithoutIfMatchIsRefused() {
        String id = draftOf(krongPacEditor, "krong-pac");

        assertThat(api.setTarget(krongPacEditor, id, "ea-kly", "ONLINE_RATE", null, Map.of("target", 50)).status())
                .isEqualTo(428);
    }

    @Test
    void anOversizedBodyIsTooLarge() {
        String json = "{\"issuer\":\"dak-lak\",\"year\":2022,\"title\":\"" + "x".repeat(70 * 1024) + "\"}";
        assertThat(client.send("POST", "/api/v1/decisions", TestServer.ADMIN_TOKEN, "application/json", json, Map.of())
                .status()).isEqualTo(413);

        String csv = Province.UNITS_CSV + "#" + "x".repeat(CSV_LIMIT) + "\n";
        ApiResponse response = client.send("PUT", "/api/v1/units", TestServer.ADMIN_TOKEN, "text/csv", csv, Map.of());
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("detail").asText()).contains(String.valueOf(CSV_LIMIT));
    }

    @Test
    void aFieldOutsideTheDtoIsABadRequestNamingIt() {
        ApiResponse response = client.postJson("/api/v1/decisions", TestServer.ADMIN_TOKEN,
                Map.of("issuer", "dak-lak", "year", 2022, "title", "Chỉ tiêu", "status", "ISSUED"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("status");
    }

    @Test
    void aBadUnitsFileIsRefusedWholeWithEveryLine() {
        String csv = "code,name,kind,parent\nxa-moi,Xã Mới,COMMUNE,krong-pac\nxa-sai,Xã Sai,VILLAGE,krong-pac\n";

        ApiResponse response = client.send("PUT", "/api/v1/units", TestServer.ADMIN_TOKEN, "text/csv", csv, Map.of());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).contains("kind");
        assertThat(response.json().get("errors").findValuesAsText("line")).contains("3");
        assertThat(client.get("/api/v1/units?parent=krong-pac", TestServer.ADMIN_TOKEN).json().get("total").asInt())
                .isEqualTo(2);
    }
}
