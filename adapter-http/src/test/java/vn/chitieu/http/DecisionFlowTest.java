package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chitieu.access.AccessToken;

/**
 * The whole flow over the real server, on each storage: load the units, draft a decision, cascade
 * a district's target to its communes and set them, issue the decision, import results, read the
 * scoreboard, revoke the district's token, and find in the audit log who did what.
 */
class DecisionFlowTest {

    @TempDir
    Path dataDirectory;

    @ParameterizedTest
    @EnumSource(StorageKind.class)
    void unitsDraftTargetsCascadeIssueResultsScoreboardAndTheAuditSaysWhoDidWhat(StorageKind storage) {
        try (TestServer server = TestServer.start(storage.module(dataDirectory))) {
            Api api = new Api(server.client());
            ApiClient http = server.client();

            assertThat(api.loadUnits(Province.UNITS_CSV).json().get("inserted").asLong()).isEqualTo(9);
            String district = api.token("EDITOR", "krong-pac");

            ApiResponse draft = api.draft(district, "krong-pac", 2022, "Giao chỉ tiêu dịch vụ công trực tuyến năm 2022");
            String id = draft.json().get("id").asText();
            assertThat(draft.json().get("status").asText()).isEqualTo("DRAFT");
            assertThat(draft.header("Location")).isEqualTo("/api/v1/decisions/" + id);

            // the district splits its 45 % over its communes: floors 40, baseline + 1, weighted by dossiers
            ApiResponse cascade = http.postJson("/api/v1/cascade", district, Map.of(
                    "parent", "krong-pac", "target", 45,
                    "policy", Map.of("growth", 1, "granularity", 1, "cap", 99, "floors", Map.of("COMMUNE", 40)),
                    "children", List.of(Map.of("unit", "ea-kly", "weight", 1000, "baseline", 30),
                            Map.of("unit", "ea-phe", "weight", 3000, "baseline", 50))));
            assertThat(cascade.status()).as(cascade.body()).isEqualTo(200);
            assertThat(cascade.json().get("feasible").asBoolean()).isTrue();
            assertThat(cascade.json().get("achieved").decimalValue()).isEqualByComparingTo("48.25");
            Map<String, String> planned = new LinkedHashMap<>();
            cascade.json().get("rows").forEach(r -> planned.put(r.get("unit").asText(), r.get("target").decimalValue().toPlainString()));
            assertThat(planned).containsExactly(Map.entry("ea-kly", "40"), Map.entry("ea-phe", "51"));

            String etag = draft.header("ETag");
            for (Map.Entry<String, String> t : planned.entrySet()) {
                ApiResponse set = api.setTarget(district, id, t.getKey(), "ONLINE_RATE", etag,
                        Map.of("target", new BigDecimal(t.getValue()), "reason", "phân bổ theo cascade"));
                assertThat(set.status()).as(set.body()).isEqualTo(200);
                assertThat(set.header("ETag")).isNotEqualTo(etag);
                etag = set.header("ETag");
            }
            ApiResponse issued = api.issue(TestServer.ADMIN_TOKEN, id, etag, "3086/QĐ-UBND");
            assertThat(issued.status()).as(issued.body()).isEqualTo(200);
            assertThat(issued.json().get("status").asText()).isEqualTo("ISSUED");
            assertThat(issued.json().get("assignments")).hasSize(2);

            ApiResponse imported = http.send("POST", "/api/v1/results", district, "text/csv", """
                    unit,indicator,period,numerator,denominator
                    Xã Ea Kly,ONLINE_RATE,2022,450,1000
                    ea-phe,ONLINE_RATE,2022,1500,3000
                    """, Map.of());
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(imported.json().get("inserted").asLong()).isEqualTo(2);

            ApiResponse board = http.get("/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022", district);
            assertThat(board.status()).as(board.body()).isEqualTo(200);
            Map<String, JsonNode> rows = new LinkedHashMap<>();
            board.json().get("rows").forEach(r -> rows.put(r.get("unit").asText(), r));
            assertThat(rows).containsOnlyKeys("ea-kly", "ea-phe");
            assertThat(rows.get("ea-kly").get("met").asBoolean()).isTrue();
            assertThat(rows.get("ea-kly").get("rank").asInt()).isEqualTo(2);
            assertThat(rows.get("ea-phe").get("met").asBoolean()).isFalse();
            assertThat(rows.get("ea-phe").get("rank").asInt()).isEqualTo(1);
            assertThat(rows.get("ea-phe").get("dossiersNeeded").asLong()).isEqualTo(30);
            assertThat(board.json().get("totals").get("met").asInt()).isEqualTo(1);

            List<String> editorTokens = new ArrayList<>();
            http.get("/api/v1/tokens", TestServer.ADMIN_TOKEN).json().get("items").forEach(t -> {
                if (t.get("role").asText().equals("EDITOR")) {
                    editorTokens.add(t.get("id").asText());
                }
            });
            assertThat(editorTokens).hasSize(1);
            String districtTokenId = editorTokens.get(0);
            ApiResponse revoked = http.delete("/api/v1/tokens/" + districtTokenId + "?reason=h%E1%BA%BFt%20nhi%E1%BB%87m%20v%E1%BB%A5",
                    TestServer.ADMIN_TOKEN);
            assertThat(revoked.status()).as(revoked.body()).isEqualTo(204);

            ApiResponse audit = http.get("/api/v1/audit", TestServer.ADMIN_TOKEN);
            assertThat(audit.status()).isEqualTo(200);
            List<String> lines = new ArrayList<>();
            audit.json().get("items").forEach(e -> lines.add(e.get("action").asText() + " by " + e.get("actor").asText()
                    + ": " + e.get("newValue").asText()));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("UNIT_ADDED by token tok_").contains("(ADMIN)"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("TARGET_SET by token tok_")
                    .contains("(EDITOR krong-pac)").contains("target=51"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("DECISION_CHANGED").contains("status=ISSUED"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("RESULTS_IMPORTED by token tok_")
                    .contains("(EDITOR krong-pac)"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("TOKEN_ISSUED by system (bootstrap)")
                    .contains("role=ADMIN"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("TOKEN_ISSUED by token tok_").contains("(ADMIN)")
                    .contains("id=" + districtTokenId + "; role=EDITOR; scope=krong-pac"));
            assertThat(audit.json().get("items")).anySatisfy(e -> {
                assertThat(e.get("action").asText()).isEqualTo("TOKEN_REVOKED");
                assertThat(e.get("subject").asText()).isEqualTo("token/" + districtTokenId);
                assertThat(e.get("newValue").asText()).contains("revokedAt=");
                assertThat(e.get("reason").asText()).isEqualTo("hết nhiệm vụ");
            });
            assertThat(audit.body()).doesNotContain(district).doesNotContain(AccessToken.hashOf(district))
                    .doesNotContain(TestServer.ADMIN_TOKEN).doesNotContain(AccessToken.hashOf(TestServer.ADMIN_TOKEN));
        }
    }

    @ParameterizedTest
    @EnumSource(StorageKind.class)
    void aDryRunStoresNothingAndResultsOutsideTheSubtreeAreRefused(StorageKind storage) {
        try (TestServer server = TestServer.start(storage.module(dataDirectory))) {
            Api api = new Api(server.client());
            api.loadUnits(Province.UNITS_CSV);
            String district = api.token("EDITOR", "krong-pac");
            String csv = "unit,indicator,period,numerator,denominator\nea-kly,ONLINE_RATE,2022,450,1000\n";

            ApiResponse dry = server.client().send("POST", "/api/v1/results?dryRun=true", district, "text/csv", csv, Map.of());
            assertThat(dry.json().get("inserted").asLong()).isEqualTo(1);
            assertThat(dry.json().get("dryRun").asBoolean()).isTrue();
            assertThat(server.client().get("/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022", district)
                    .json().get("rows")).isEmpty();

            ApiResponse outside = server.client().send("POST", "/api/v1/results", district, "text/csv",
                    csv + "ea-le,ONLINE_RATE,2022,10,20\n", Map.of());
            assertThat(outside.status()).isEqualTo(403);
            assertThat(outside.json().get("detail").asText()).contains("ea-le");
        }
    }

    @ParameterizedTest
    @EnumSource(StorageKind.class)
    void aCallerSeesOnlyItsSubtree(StorageKind storage) {
        try (TestServer server = TestServer.start(storage.module(dataDirectory))) {
            Api api = new Api(server.client());
            api.loadUnits(Province.UNITS_CSV);
            String viewer = api.token("VIEWER", "ea-sup");

            ApiResponse units = server.client().get("/api/v1/units", viewer);

            List<String> codes = new ArrayList<>();
            units.json().get("items").forEach(u -> codes.add(u.get("code").asText()));
            assertThat(codes).containsExactly("ea-sup", "ea-le", "ea-rok");
            assertThat(server.client().get("/api/v1/units?parent=krong-pac", viewer).status()).isEqualTo(403);
            assertThat(server.client().get("/api/v1/units?parent=ea-sup", viewer).json().get("total").asInt()).isEqualTo(2);

            String id = api.draft(TestServer.ADMIN_TOKEN, "dak-lak", 2022, "Quyết định của tỉnh").json().get("id").asText();
            assertThat(server.client().get("/api/v1/decisions/" + id, viewer).status()).isEqualTo(403);
        }
    }
}
