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
    void anUnknownRouteIsAProblemToo() {
        ApiResponse response = api.exchange("GET", "/api/v1/nowhere", TestServer.ADMIN_TOKEN, null, null, Map.of());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
