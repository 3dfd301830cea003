package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Period approval over HTTP against the real server: {@code POST /api/v1/approvals} locks, a results
 * import into the locked subtree and period is 409 and changes nothing, the scoreboard marks the
 * approved rows, {@code DELETE /api/v1/approvals/{unit}/{period}} with a reason re-opens (a unit above,
 * or an ADMIN; 403 for the unit itself, a sibling, a viewer), all audited; every response is checked
 * against openapi.json.
 */
class ApprovalRoutesTest {

    private static final String CSV = "text/csv";
    private static final String RESULTS = "unit,indicator,period,numerator,denominator\n"
            + "so-y-te,ONLINE_RATE,2018-Q1,5,10\nea-kly,ONLINE_RATE,2018-Q1,30,40\n";
    private static final String CHANGED = "unit,indicator,period,numerator,denominator\n"
            + "so-y-te,ONLINE_RATE,2018-Q1,10,10\nea-kly,ONLINE_RATE,2018-Q1,30,40\n";

    private TestServer server;
    private ApiClient api;
    private String province;
    private String district;
    private String sibling;
    private String viewer;

    @BeforeEach
    void start() {
        server = TestServer.start(ServerStorage.inMemory());
        api = server.client();
        Api steps = new Api(api);
        steps.loadUnits(Province.UNITS_CSV);
        province = steps.token("EDITOR", "dak-lak");
        district = steps.token("EDITOR", "krong-pac");
        sibling = steps.token("EDITOR", "ea-sup");
        viewer = steps.token("VIEWER", "krong-pac");
        assertThat(api.send("POST", "/api/v1/results", TestServer.ADMIN_TOKEN, CSV, RESULTS, Map.of()).status())
                .isEqualTo(200);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ApiResponse approve(String token, String unit, String period) {
        return api.postJson("/api/v1/approvals", token, Map.of("unit", unit, "period", period));
    }

    private ApiResponse reopen(String token, String unit, String period, String reason) {
        return api.send("DELETE", "/api/v1/approvals/" + unit + "/" + period, token, "application/json",
                reason == null ? "{}" : ApiClient.json(Map.of("reason", reason)), Map.of());
    }

    private JsonNode row(String token, String unit) {
        ApiResponse board = api.get("/api/v1/scoreboard?indicator=ONLINE_RATE&period=2018-Q1", token);
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        board.json().get("rows").forEach(r -> {
            if (r.get("unit").asText().equals(unit)) {
                rows.add(r);
            }
        });
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private List<String> units(ApiResponse page) {
        List<String> units = new ArrayList<>();
        page.json().get("items").forEach(i -> units.add(i.get("unit").asText() + " " + i.get("period").asText()));
        return units;
    }

    @Test
    void theProvinceApprovesAResultsImportIntoItIsRefusedWith409AndChangesNothingUntilAnAdminReOpens() {
        ApiResponse approved = approve(province, "dak-lak", "2018-Q1");
        assertThat(approved.status()).as(approved.body()).isEqualTo(201);
        assertThat(approved.header("Location")).isEqualTo("/api/v1/approvals/dak-lak/2018-Q1");
        assertThat(approved.json().get("approvedBy").asText()).contains("EDITOR dak-lak");

        ApiResponse refused = api.send("POST", "/api/v1/results", TestServer.ADMIN_TOKEN, CSV, CHANGED, Map.of());
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).contains("dak-lak 2018-Q1", "EDITOR dak-lak");
        JsonNode soYTe = row(TestServer.ADMIN_TOKEN, "so-y-te");
        assertThat(soYTe.get("value").decimalValue()).isEqualByComparingTo("50");
        assertThat(soYTe.get("approved").asBoolean()).isTrue();
        assertThat(soYTe.get("approval").get("unit").asText()).isEqualTo("dak-lak");
        assertThat(row(district, "ea-kly").get("approved").asBoolean()).isTrue();

        assertThat(reopen(province, "dak-lak", "2018-Q1", "rà soát").status()).as("its own lock").isEqualTo(403);
        assertThat(reopen(TestServer.ADMIN_TOKEN, "dak-lak", "2018-Q1", null).status()).as("no reason").isEqualTo(400);
        ApiResponse lifted = reopen(TestServer.ADMIN_TOKEN, "dak-lak", "2018-Q1", "Sở Y tế báo cáo lại");
        assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);
        assertThat(api.send("POST", "/api/v1/results", TestServer.ADMIN_TOKEN, CSV, CHANGED, Map.of()).json()
                .get("updated").asLong()).isEqualTo(1);
        assertThat(row(TestServer.ADMIN_TOKEN, "so-y-te").get("value").decimalValue()).isEqualByComparingTo("100");
        assertThat(row(TestServer.ADMIN_TOKEN, "so-y-te").get("approved").asBoolean()).isFalse();

        List<String> audit = new ArrayList<>();
        api.get("/api/v1/audit?limit=1000", TestServer.ADMIN_TOKEN).json().get("items").forEach(e -> audit.add(
                e.get("action").asText() + " " + e.get("subject").asText() + " "
                + (e.path("reason").isTextual() ? e.get("reason").asText() : "")));
        assertThat(audit).containsSubsequence("PERIOD_APPROVED approval/dak-lak/2018-Q1 ",
                "PERIOD_REOPENED approval/dak-lak/2018-Q1 Sở Y tế báo cáo lại")
                .anySatisfy(e -> assertThat(e).startsWith("RESULT_CHANGED result/ONLINE_RATE/so-y-te/2018-Q1"));
    }

    @Test
    void aDistrictApprovesItsSubtreeButNeitherTheProvinceNorASiblingAndCannotReOpenItsOwnLock() {
        assertThat(approve(district, "dak-lak", "2018-Q1").status()).isEqualTo(403);
        assertThat(approve(district, "ea-le", "2018-Q1").status()).isEqualTo(403);
        assertThat(approve(viewer, "krong-pac", "2018-Q1").status()).isEqualTo(403);
        ApiResponse byName = approve(district, "Huyện Krông Pắc", "2018-Q1");
        assertThat(byName.status()).as(byName.body()).isEqualTo(201);
        assertThat(byName.json().get("unit").asText()).isEqualTo("krong-pac");
        assertThat(approve(district, "ea-kly", "2018-01").status()).as("already locked").isEqualTo(409);

        assertThat(reopen(district, "krong-pac", "2018-Q1", "sai").status()).isEqualTo(403);
        assertThat(reopen(sibling, "krong-pac", "2018-Q1", "sai").status()).isEqualTo(403);
        assertThat(reopen(viewer, "krong-pac", "2018-Q1", "sai").status()).isEqualTo(403);
        assertThat(api.send("POST", "/api/v1/results", district, CSV,
                "unit,indicator,period,numerator,denominator\nea-kly,ONLINE_RATE,2018-Q1,40,40\n", Map.of()).status())
                .isEqualTo(409);
        assertThat(reopen(province, "krong-pac", "2018-Q2", "sai").status()).as("not approved").isEqualTo(404);
        assertThat(reopen(province, "krong-pac", "2018-Q1", "Phòng Nội vụ huyện báo cáo sai").status()).isEqualTo(200);
        assertThat(api.send("POST", "/api/v1/results", district, CSV,
                "unit,indicator,period,numerator,denominator\nea-kly,ONLINE_RATE,2018-Q1,40,40\n", Map.of()).status())
                .isEqualTo(200);
    }

    @Test
    void aViewerIsRefusedBeforeItsBodyIsRead() {
        ApiResponse post = api.send("POST", "/api/v1/approvals", viewer, "application/json", "{not json", Map.of());
        ApiResponse delete = api.send("DELETE", "/api/v1/approvals/krong-pac/2018-Q1", viewer, "application/json",
                "{not json", Map.of());

        assertThat(post.status()).isEqualTo(403);
        assertThat(delete.status()).isEqualTo(403);
    }

    @Test
    void theListShowsTheCallersSubtreeAndTheUnitsAboveItButNotASiblings() {
        assertThat(approve(district, "krong-pac", "2018-Q1").status()).isEqualTo(201);
        assertThat(approve(sibling, "ea-sup", "2018-Q1").status()).isEqualTo(201);
        assertThat(approve(province, "dak-lak", "2018").status()).isEqualTo(201);

        assertThat(units(api.get("/api/v1/approvals", district))).containsExactly("krong-pac 2018-Q1", "dak-lak 2018");
        assertThat(units(api.get("/api/v1/approvals", viewer))).containsExactly("krong-pac 2018-Q1", "dak-lak 2018");
        assertThat(units(api.get("/api/v1/approvals", TestServer.ADMIN_TOKEN))).hasSize(3);
        assertThat(units(api.get("/api/v1/approvals?limit=1", province))).containsExactly("krong-pac 2018-Q1");
    }

    @Test
    void badBodiesAre400() {
        assertThat(api.postJson("/api/v1/approvals", province, Map.of("unit", "dak-lak")).status()).isEqualTo(400);
        assertThat(api.postJson("/api/v1/approvals", province, Map.of("unit", "dak-lak", "period", "2018-Q5")).status())
                .isEqualTo(400);
        assertThat(api.postJson("/api/v1/approvals", province, Map.of("period", "2018")).status()).isEqualTo(400);
        assertThat(api.postJson("/api/v1/approvals", province, Map.of("unit", "dak-lak", "period", "2018", "x", 1))
                .status()).isEqualTo(400);
    }
}
