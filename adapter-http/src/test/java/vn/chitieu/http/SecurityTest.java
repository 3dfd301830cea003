package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server is secure by default: no token, a bad token, a wrong role or an oversized body get nowhere. */
class SecurityTest {

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

    private static String token(String role, String unit) {
        ApiResponse issued = api.postJson("/api/v1/tokens", TestServer.ADMIN_TOKEN, Map.of("role", role, "unit", unit));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().get("token").asText();
    }

    @Test
    void aRequestWithoutATokenIsUnauthorizedAsProblemJson() {
        ApiResponse response = api.get("/api/v1/tokens", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
        assertThat(response.json().get("detail").asText()).contains("Authorization");
    }

    @Test
    void anUnknownTokenIsUnauthorized() {
        assertThat(api.get("/api/v1/tokens", "not-a-token-anyone-was-given").status()).isEqualTo(401);
    }

    @Test
    void aRevokedTokenOpensNothingAnyMore() {
        ApiResponse issued = api.postJson("/api/v1/tokens", TestServer.ADMIN_TOKEN, Map.of("role", "ADMIN"));
        String secret = issued.json().get("token").asText();
        assertThat(api.get("/api/v1/tokens", secret).status()).isEqualTo(200);

        ApiResponse revoked = api.delete("/api/v1/tokens/" + issued.json().get("id").asText(), TestServer.ADMIN_TOKEN);

        assertThat(revoked.status()).isEqualTo(204);
        ApiResponse after = api.get("/api/v1/tokens", secret);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().get("detail").asText()).contains("revoked");
    }

    @Test
    void issuedTokensAreRandomAndOnlyTheirHashIsKept() {
        String one = token("VIEWER", "ea-kly");
        String two = token("VIEWER", "ea-kly");

        assertThat(one).isNotEqualTo(two);
        assertThat(java.util.Base64.getUrlDecoder().decode(one)).hasSizeGreaterThanOrEqualTo(16);
        ApiResponse list = api.get("/api/v1/tokens?limit=1000", TestServer.ADMIN_TOKEN);
        assertThat(list.body()).doesNotContain(one).doesNotContain(two)
                .doesNotContain(vn.chitieu.access.AccessToken.hashOf(one));
    }

    @Test
    void onlyAnAdminIssuesTokens() {
        String editor = token("EDITOR", "krong-pac");

        ApiResponse response = api.postJson("/api/v1/tokens", editor, Map.of("role", "ADMIN"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("detail").asText()).contains("ADMIN only");
    }

    @Test
    void everyAdminOnlyRouteRefusesAnEditorOfTheWholeProvince() {
        String editor = token("EDITOR", "dak-lak");

        assertThat(api.get("/api/v1/tokens", editor).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/tokens/tok_whatever", editor).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit", editor).status()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/units", editor, "text/csv", Province.UNITS_CSV, Map.of()).status())
                .isEqualTo(403);
    }

    @Test
    void aViewerReadsButDoesNotWrite() {
        String viewer = token("VIEWER", "dak-lak");

        assertThat(api.get("/api/v1/units", viewer).status()).isEqualTo(200);
        ApiResponse draft = api.postJson("/api/v1/decisions", viewer, Map.of("issuer", "dak-lak", "year", 2022, "title", "x"));
        assertThat(draft.status()).isEqualTo(403);
        assertThat(draft.json().get("detail").asText()).contains("VIEWER");
    }

    @Test
    void aPropertyOutsideTheDtoIsRefusedByName() {
        ApiResponse response = api.postJson("/api/v1/tokens", TestServer.ADMIN_TOKEN,
                Map.of("role", "VIEWER", "unit", "ea-kly", "hash", "0000"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("hash");
        assertThat(response.json().get("detail").asText()).contains("unknown property 'hash'");
    }

    @Test
    void aTokenForAUnitOutsideTheRegistryIsRefused() {
        ApiResponse response = api.postJson("/api/v1/tokens", TestServer.ADMIN_TOKEN,
                Map.of("role", "EDITOR", "unit", "atlantis"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("unit");
    }

    @Test
    void aJsonBodyOverItsLimitIsTooLarge() {
        String huge = "{\"role\":\"VIEWER\",\"label\":\"" + "x".repeat(ServerSettings.defaults().maxJsonBytes()) + "\"}";

        ApiResponse response = api.send("POST", "/api/v1/tokens", TestServer.ADMIN_TOKEN, "application/json", huge, Map.of());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aBodyOfTheWrongMediaTypeIsRefused() {
        ApiResponse response = api.send("POST", "/api/v1/tokens", TestServer.ADMIN_TOKEN, "text/plain", "role=ADMIN",
                Map.of());

        assertThat(response.status()).isEqualTo(415);
    }

    @Test
    void aPageLargerThanTheLimitIsRefused() {
        ApiResponse response = api.get("/api/v1/tokens?limit=100000", TestServer.ADMIN_TOKEN);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("limit");
    }

    @Test
    void aViewerIsRefusedBeforeItsBodyIsRead() {
        String viewer = token("VIEWER", "krong-pac");
        String badCsv = "unit,indicator,period,numerator,denominator\n" + "nowhere,NO_SUCH,20x2,a,b\n".repeat(500);

        ApiResponse results = api.send("POST", "/api/v1/results", viewer, "text/csv", badCsv, Map.of());
        ApiResponse draft = api.send("POST", "/api/v1/decisions", viewer, "application/json", "{not json", Map.of());
        ApiResponse units = api.send("PUT", "/api/v1/units", viewer, "text/csv", "not,a,units\nfile", Map.of());
        ApiResponse tokens = api.send("POST", "/api/v1/tokens", viewer, "application/json", "{not json", Map.of());
        String id = new Api(api).draft(TestServer.ADMIN_TOKEN, "krong-pac", 2022, "Chỉ tiêu").json().get("id").asText();
        ApiResponse assign = api.send("PUT", "/api/v1/decisions/" + id + "/assignments/ea-kly/ONLINE_RATE", viewer,
                "application/json", "{not json", Map.of("If-Match", "\"v0\""));
        ApiResponse issue = api.send("POST", "/api/v1/decisions/00000000-0000-0000-0000-000000000000/issue", viewer,
                "application/json", "{not json", Map.of("If-Match", "\"v0\""));
        ApiResponse revoke = api.delete("/api/v1/tokens/tok_nobody", viewer);

        for (ApiResponse r : new ApiResponse[] {results, draft, units, tokens, assign, issue, revoke}) {
            assertThat(r.status()).as(r.body()).isEqualTo(403);
            assertThat(r.json().has("errors")).isFalse();
        }
        assertThat(results.json().get("detail").asText()).contains("VIEWER");
    }

    @Test
    void aMethodOverrideHeaderDoesNotTurnAGetIntoADelete() {
        ApiResponse issued = api.postJson("/api/v1/tokens", TestServer.ADMIN_TOKEN, Map.of("role", "VIEWER", "unit", "ea-kly"));
        String id = issued.json().get("id").asText();
        String secret = issued.json().get("token").asText();

        ApiResponse response = api.exchange("GET", "/api/v1/tokens/" + id, TestServer.ADMIN_TOKEN, null, null,
                Map.of("X-HTTP-Method-Override", "DELETE"));

        assertThat(response.status()).isNotEqualTo(204);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/units", secret).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/tokens?limit=1000", TestServer.ADMIN_TOKEN).json().get("items"))
                .anySatisfy(t -> {
                    assertThat(t.get("id").asText()).isEqualTo(id);
                    assertThat(t.get("revokedAt").isNull()).isTrue();
                });
    }

    @Test
    void tokenResponsesAreNotCachedAndNoResponseIsSniffed() {
        ApiResponse issued = api.postJson("/api/v1/tokens", TestServer.ADMIN_TOKEN, Map.of("role", "VIEWER", "unit", "ea-kly"));
        ApiResponse list = api.get("/api/v1/tokens", TestServer.ADMIN_TOKEN);

        assertThat(issued.header("Cache-Control")).isEqualTo("no-store");
        assertThat(list.header("Cache-Control")).isEqualTo("no-store");
        for (ApiResponse r : new ApiResponse[] {issued, list, api.get("/health", null), api.get("/api/v1/units", null),
                api.exchange("GET", "/nowhere", null, null, null, Map.of()), api.get("/openapi.json", null)}) {
            assertThat(r.header("X-Content-Type-Options")).as(r.toString()).isEqualTo("nosniff");
        }
    }

    @Test
    void aHandlersOwnNotFoundDetailReachesTheClient() {
        ApiResponse decision = api.get("/api/v1/decisions/not-a-decision", TestServer.ADMIN_TOKEN);
        ApiResponse token = api.delete("/api/v1/tokens/tok_nobody", TestServer.ADMIN_TOKEN);

        assertThat(decision.status()).isEqualTo(404);
        assertThat(decision.json().get("detail").asText()).isEqualTo("no decision 'not-a-decision'");
        assertThat(token.status()).isEqualTo(404);
        assertThat(token.json().get("detail").asText()).isEqualTo("no token 'tok_nobody'");
    }

    @Test
    void problemDetailsNameNoInternalClass() {
        ApiResponse wrongType = api.postJson("/api/v1/decisions", TestServer.ADMIN_TOKEN,
                Map.of("issuer", "dak-lak", "year", Map.of("a", 1), "title", "x"));
        ApiResponse wrongList = api.postJson("/api/v1/cascade", TestServer.ADMIN_TOKEN,
                Map.of("parent", "krong-pac", "target", 45, "policy", "none", "children", "none"));

        for (ApiResponse r : new ApiResponse[] {wrongType, wrongList}) {
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.body()).doesNotContain("java.").doesNotContain("vn.chitieu").doesNotContain("com.fasterxml")
                    .doesNotContain("JsonToken").doesNotContain("StreamReadFeature").doesNotContain("PolicyJson");
        }
    }

    @Test
    void jettysOwnRefusalsAreProblemJsonToo() throws Exception {
        RawHttp.Answer badLine = RawHttp.send(server.server().port(), "GET /health HTTP/1.1 extra\r\nHost: x\r\n\r\n");
        RawHttp.Answer bigHeaders = RawHttp.send(server.server().port(),
                "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(64 * 1024) + "\r\n\r\n");

        for (RawHttp.Answer answer : new RawHttp.Answer[] {badLine, bigHeaders}) {
            assertThat(answer.status()).as(answer.text()).isIn(400, 431);
            assertThat(answer.header("Content-Type")).as(answer.text()).startsWith("application/problem+json");
            assertThat(answer.body()).contains("\"status\":" + answer.status()).doesNotContain("<html");
        }
        assertThat(bigHeaders.status()).isEqualTo(431);
    }

    @Test
    void anUnknownRouteIsAProblemToo() {
        ApiResponse response = api.exchange("GET", "/api/v1/nowhere", TestServer.ADMIN_TOKEN, null, null, Map.of());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aControlCharacterInAJsonStringIsRefusedNamingTheFieldAndNothingIsStored() {
        ApiResponse refused = api.postJson("/api/v1/decisions", TestServer.ADMIN_TOKEN,
                Map.of("issuer", "dak-lak", "year", 2022, "title", "Giao chỉ tiêu\u0000năm 2022"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("title");
        assertThat(refused.body()).contains("U+0000");
    }

    @Test
    void jsonTextIsReadInNfc() {
        String decomposed = java.text.Normalizer.normalize("Giao chỉ tiêu năm 2022", java.text.Normalizer.Form.NFD);

        ApiResponse drafted = api.postJson("/api/v1/decisions", TestServer.ADMIN_TOKEN,
                Map.of("issuer", "dak-lak", "year", 2022, "title", decomposed));

        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        assertThat(drafted.json().get("title").asText()).isEqualTo("Giao chỉ tiêu năm 2022").isNotEqualTo(decomposed);
    }

    @Test
    void aControlCharacterInAQueryParameterIsRefusedNamingIt() {
        ApiResponse refused = api.send("POST", "/api/v1/results?reason=a%00b", TestServer.ADMIN_TOKEN, "text/csv",
                "unit,indicator,period,numerator,denominator\ndak-lak,ONLINE_RATE,2022,1,2\n", Map.of());

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
    }
}
