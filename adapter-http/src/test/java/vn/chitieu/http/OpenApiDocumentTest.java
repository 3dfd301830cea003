package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** openapi.json describes exactly the routes the server answers, and the validator catches a mismatch. */
class OpenApiDocumentTest {

    @Test
    void everyRouteOfTheServerIsInTheDocumentAndNothingMore() {
        try (TestServer server = TestServer.start(ServerStorage.inMemory())) {
            assertThat(TestServer.contract().operations())
                    .containsExactlyInAnyOrderElementsOf(server.server().routes());
        }
    }

    @Test
    void theDocumentIsServedWithoutATokenAndSwaggerUiLoadsIt() {
        try (TestServer server = TestServer.start(ServerStorage.inMemory())) {
            ApiResponse doc = server.client().get("/openapi.json", null);
            assertThat(doc.status()).isEqualTo(200);
            assertThat(doc.json().get("openapi").asText()).startsWith("3.");

            ApiResponse page = server.client().get("/docs", null);
            assertThat(page.body()).contains("SwaggerUIBundle").contains("/openapi.json");
            String bundle = page.body().replaceAll("(?s).*<script src=\"([^\"]+)\".*", "$1");
            assertThat(server.client().exchange("GET", bundle, null, null, null, Map.of()).status()).isEqualTo(200);
        }
    }

    @Test
    void aResponseThatBreaksItsSchemaFailsTheCheck() {
        OpenApiContract contract = TestServer.contract();

        assertThatThrownBy(() -> contract.validate("GET", "/health", 200, "application/json", "{\"status\":\"UP\"}"))
                .hasMessageContaining("required property 'database'");
        assertThatThrownBy(() -> contract.validate("GET", "/health", 200, "application/json",
                "{\"status\":\"SIDEWAYS\",\"database\":{\"kind\":\"x\",\"status\":\"UP\"}}"))
                .hasMessageContaining("not one of");
        assertThatThrownBy(() -> contract.validate("GET", "/health", 418, "application/json", "{}"))
                .hasMessageContaining("status 418 is not documented");
        assertThatThrownBy(() -> contract.validate("GET", "/nowhere", 200, "application/json", "{}"))
                .hasMessageContaining("not in openapi.json");
    }

    @Test
    void healthReportsTheDatabaseWithoutAToken() {
        try (TestServer server = TestServer.start(ServerStorage.inMemory())) {
            ApiResponse health = server.client().get("/health", null);

            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("database").get("kind").asText()).isEqualTo("in-memory");
            assertThat(health.json().get("status").asText()).isEqualTo("UP");
        }
    }
}
