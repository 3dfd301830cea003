package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.util.Modules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.persistence.memory.InMemoryStorage;
import vn.chitieu.port.out.AuditLog;

/**
 * What a caller scoped to a subtree learns of the rest of the province: nothing, not through a
 * 403's detail, a suggestion for a misspelt name or the cascade; and the scoreboard tells it the
 * places of its units among all of their kind. Also: the audit route reads one page from storage.
 */
class SubtreeTest {

    private static TestServer server;
    private static Api api;
    private static ApiClient client;
    private static String krongPacEditor;
    private static String krongPacViewer;

    @BeforeAll
    static void start() {
        server = TestServer.start(Modules.override(ServerStorage.inMemory()).with(new PagesOnly()));
        client = server.client();
        api = new Api(client);
        api.loadUnits(Province.UNITS_CSV);
        krongPacEditor = api.token("EDITOR", "krong-pac");
        krongPacViewer = api.token("VIEWER", "krong-pac");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static final List<String> OTHERS = List.of("ea-sup", "ea-le", "ea-rok", "Ea Súp", "Ea Lê", "Ea Rốk");

    private static void namesNoOtherUnit(ApiResponse response) {
        for (String other : OTHERS) {
            assertThat(response.body()).as(response.toString()).doesNotContain(other);
        }
    }

    @Test
    void aForbiddenDecisionDoesNotNameItsIssuer() {
        String eaSupEditor = api.token("EDITOR", "ea-sup");
        String id = api.draft(eaSupEditor, "ea-sup", 2022, "Chỉ tiêu của huyện").json().get("id").asText();

        ApiResponse read = client.get("/api/v1/decisions/" + id, krongPacViewer);
        ApiResponse assign = api.setTarget(krongPacEditor, id, "ea-kly", "ONLINE_RATE",
                client.get("/api/v1/decisions/" + id, TestServer.ADMIN_TOKEN).header("ETag"), Map.of("target", 50));

        assertThat(read.status()).isEqualTo(403);
        assertThat(assign.status()).isEqualTo(403);
        namesNoOtherUnit(read);
        namesNoOtherUnit(assign);
    }

    @Test
    void aUnitOutsideTheSubtreeAndAMadeUpOneAreRefusedAlike() {
        ApiResponse other = client.get("/api/v1/units?parent=ea-sup", krongPacViewer);
        ApiResponse madeUp = client.get("/api/v1/units?parent=atlantis", krongPacViewer);

        assertThat(other.status()).isEqualTo(403);
        assertThat(madeUp.status()).isEqualTo(403);
        assertThat(other.json().get("detail").asText().replace("ea-sup", "X"))
                .isEqualTo(madeUp.json().get("detail").asText().replace("atlantis", "X"));
        assertThat(client.get("/api/v1/units?parent=atlantis", TestServer.ADMIN_TOKEN).status()).isEqualTo(404);
    }

    @Test
    void namesOutsideTheSubtreeAreNeitherMatchedNorSuggested() {
        for (String name : new String[] {"Xã Ea Le", "Xã Ea Rôc", "Huyện Ea Sup"}) {
            ApiResponse response = client.send("POST", "/api/v1/results?dryRun=true", krongPacEditor, "text/csv",
                    "unit,indicator,period,numerator,denominator\n" + name + ",ONLINE_RATE,2022,1,2\n", Map.of());

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("message").asText()).contains("unknown unit");
            namesNoOtherUnit(response);
        }
        ApiResponse own = client.send("POST", "/api/v1/results?dryRun=true", krongPacEditor, "text/csv",
                "unit,indicator,period,numerator,denominator\nXã Ea Kli,ONLINE_RATE,2022,1,2\n", Map.of());
        assertThat(own.json().get("errors").get(0).get("message").asText()).contains("ea-kly");
    }

    @Test
    void theCascadeRefusesUnitsOutsideTheSubtreeAlikeAndNamesNone() {
        Map<String, Object> policy = Map.of("growth", 1, "granularity", 1, "cap", 99, "floors", Map.of("COMMUNE", 40));
        List<Map<String, Object>> own = List.of(Map.of("unit", "ea-kly", "weight", 1000, "baseline", 30));

        ApiResponse otherParent = client.postJson("/api/v1/cascade", krongPacViewer,
                Map.of("parent", "ea-sup", "target", 45, "policy", policy, "children", own));
        ApiResponse unknownParent = client.postJson("/api/v1/cascade", krongPacViewer,
                Map.of("parent", "atlantis", "target", 45, "policy", policy, "children", own));
        ApiResponse otherChild = client.postJson("/api/v1/cascade", krongPacViewer, Map.of("parent", "krong-pac",
                "target", 45, "policy", policy, "children", List.of(Map.of("unit", "ea-le", "weight", 1000, "baseline", 30))));
        ApiResponse unknownChild = client.postJson("/api/v1/cascade", krongPacViewer, Map.of("parent", "krong-pac",
                "target", 45, "policy", policy,
                "children", List.of(Map.of("unit", "atlantis", "kind", "COMMUNE", "weight", 1000, "baseline", 30))));

        for (ApiResponse r : new ApiResponse[] {otherParent, unknownParent, otherChild, unknownChild}) {
            assertThat(r.status()).as(r.body()).isEqualTo(403);
        }
        // the code the caller wrote comes back, nothing the registry knows of it
        assertThat(otherChild.body()).doesNotContain("Ea Lê").doesNotContain("COMMUNE");
        // a parent outside the subtree and one that does not exist are refused in the same words
        assertThat(otherParent.json().get("detail").asText().replace("ea-sup", "X"))
                .isEqualTo(unknownParent.json().get("detail").asText().replace("atlantis", "X"));
        assertThat(client.postJson("/api/v1/cascade", krongPacViewer,
                Map.of("parent", "krong-pac", "target", 45, "policy", policy, "children", own)).status()).isEqualTo(200);
    }

    @Test
    void aSubtreeIsToldItsPlacesAmongEveryUnitOfTheKind() {
        ApiResponse imported = client.send("POST", "/api/v1/results", TestServer.ADMIN_TOKEN, "text/csv", """
                unit,indicator,period,numerator,denominator
                ea-kly,DIGITIZATION_RATE,2023,10,100
                ea-phe,DIGITIZATION_RATE,2023,20,100
                ea-le,DIGITIZATION_RATE,2023,30,100
                ea-rok,DIGITIZATION_RATE,2023,40,100
                krong-pac,DIGITIZATION_RATE,2023,10,100
                ea-sup,DIGITIZATION_RATE,2023,90,100
                """, Map.of());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        ApiResponse board = client.get("/api/v1/scoreboard?indicator=DIGITIZATION_RATE&period=2023", krongPacViewer);

        assertThat(board.status()).as(board.body()).isEqualTo(200);
        Map<String, String> places = new LinkedHashMap<>();
        board.json().get("rows").forEach(r -> places.put(r.get("unit").asText(),
                r.get("rank").asInt() + " of " + r.get("rankOf").asInt()));
        assertThat(places).containsOnly(Map.entry("krong-pac", "2 of 2"), Map.entry("ea-kly", "4 of 4"),
                Map.entry("ea-phe", "3 of 4"));
        assertThat(board.json().get("totals").get("rows").asInt()).isEqualTo(3);
    }

    @Test
    void theAuditRouteReadsOnePageFromStorage() {
        List<JsonNode> all = new ArrayList<>();
        ApiResponse whole = client.get("/api/v1/audit?limit=1000", TestServer.ADMIN_TOKEN);
        whole.json().get("items").forEach(all::add);
        assertThat(all).hasSizeGreaterThan(6);

        ApiResponse page = client.get("/api/v1/audit?offset=2&limit=3", TestServer.ADMIN_TOKEN);

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().get("total").asInt()).isEqualTo(whole.json().get("total").asInt());
        List<JsonNode> items = new ArrayList<>();
        page.json().get("items").forEach(items::add);
        assertThat(items).containsExactlyElementsOf(all.subList(2, 5));
        assertThat(client.get("/api/v1/audit?since=2999-01-01&limit=1", TestServer.ADMIN_TOKEN).json().get("total").asInt())
                .isZero();
    }

    /** The in-memory log, refusing to list everything: the route must ask for a page. */
    private static final class PagesOnly extends AbstractModule {

        @Provides
        AuditLog auditLog(InMemoryStorage storage) {
            AuditLog log = storage.auditLog();
            return new AuditLog() {
                @Override
                public List<AuditEntry> all() {
                    throw new AssertionError("the whole audit log was loaded");
                }

                @Override
                public List<AuditEntry> since(Instant since) {
                    throw new AssertionError("the whole audit log since " + since + " was loaded");
                }

                @Override
                public List<AuditEntry> page(Instant since, long offset, int limit) {
                    return log.page(since, offset, limit);
                }

                @Override
                public long count(Instant since) {
                    return log.count(since);
                }
            };
        }
    }
}
