package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10 #1 and #7 on the real server and the embedded PostgreSQL: a number whose scale,
 * exponent or length is out of bounds is refused with 400 naming the field, quickly, before it
 * reaches any arithmetic or the database; and after such a request every connection of the pool
 * still answers its own query: good tokens are served their own data, revoked and made-up tokens
 * get 401, and no one but an admin mints an ADMIN token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HugeNumberTest {

    private static final String FIVE_THOUSAND_DIGITS = "1" + "0".repeat(4999);

    private TestServer server;
    private ApiClient client;
    private Api api;
    private Path dataDirectory;

    @TempDir
    static Path scratch;
    private String editor;
    private String viewer;
    private String revoked;

    @BeforeAll
    void start() throws Exception {
        dataDirectory = scratch.resolve("data"); // in JUnit's folder, deleted with its lock file after the class
        server = TestServer.start(StorageKind.POSTGRES.module(dataDirectory));
        client = server.client();
        api = new Api(client);
        api.loadUnits(Province.UNITS_CSV);
        editor = api.token("EDITOR", "krong-pac");
        viewer = api.token("VIEWER", "ea-sup");
        JsonNode issued = client.postJson("/api/v1/tokens", TestServer.ADMIN_TOKEN,
                Map.of("role", "VIEWER", "unit", "krong-pac")).json();
        revoked = issued.get("token").asText();
        String revokedId = issued.get("id").asText();
        assertThat(client.delete("/api/v1/tokens/" + revokedId, TestServer.ADMIN_TOKEN).status()).isEqualTo(204);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-100000", "1e-999999999", "1e999999999", "1E+2147483647", "1e-10000000",
            "0.0000000000000000000001", "1e15", "FIVE_THOUSAND_DIGITS"})
    void aTargetOutOfBoundsIsRefusedAndThePoolStaysClean(String written) {
        String number = digits(written);
        String id = api.draft(TestServer.ADMIN_TOKEN, "krong-pac", 2022, "Chỉ tiêu 2022 của huyện").json().get("id").asText();
        String etag = client.get("/api/v1/decisions/" + id, TestServer.ADMIN_TOKEN).header("ETag");

        ApiResponse refused = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> client.send("PUT",
                "/api/v1/decisions/" + id + "/assignments/ea-kly/ONLINE_RATE", editor, "application/json",
                "{\"target\":" + number + "}", Map.of("If-Match", etag)));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).startsWith("'target' cannot be ")
                .contains(number.length() > 64 ? "too long (5000 characters)" : number);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("target");
        assertThat(client.get("/api/v1/decisions/" + id, TestServer.ADMIN_TOKEN).json().get("assignments")).isEmpty();
        mixedRequestsAreEachAnsweredCorrectly();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"readiness\":1e-10000000", "\"weight\":1e999999999", "\"baseline\":1e-100000",
            "\"cap\":1E+2147483647", "\"weight\":FIVE_THOUSAND_DIGITS"})
    void aCascadeChildOutOfBoundsIsRefusedFast(String written) {
        String field = digits(written);
        String child = field.startsWith("\"weight\"") ? field : "\"weight\":10," + field;
        String sent = "{\"parent\":\"ea-sup\",\"target\":45,\"policy\":{\"growth\":1,\"granularity\":1,\"cap\":99},"
                + "\"children\":[{\"unit\":\"ea-le\",\"weight\":1000,\"baseline\":30},{\"unit\":\"ea-rok\","
                + child + "}]}";
        ApiResponse refused = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> client.send("POST", "/api/v1/cascade", viewer, "application/json", sent, Map.of()));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText())
                .isEqualTo("children[1]." + field.substring(1, field.indexOf("\"", 1)));
        mixedRequestsAreEachAnsweredCorrectly();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"growth\":1e-999999999", "\"granularity\":1e-10000000", "\"cap\":1e999999999",
            "\"uniform\":1E+2147483647", "\"floors\":{\"COMMUNE\":1e-100000}"})
    void aCascadePolicyOutOfBoundsIsRefusedFast(String setting) {
        String body = "{\"parent\":\"ea-sup\",\"target\":45,\"policy\":{" + setting + "},"
                + "\"children\":[{\"unit\":\"ea-le\",\"weight\":1000,\"baseline\":30}]}";

        ApiResponse refused = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> client.send("POST", "/api/v1/cascade", viewer, "application/json", body, Map.of()));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).startsWith("'policy." + setting.substring(1, setting.indexOf("\"", 1)));
        mixedRequestsAreEachAnsweredCorrectly();
    }

    private static String digits(String written) {
        return written.replace("FIVE_THOUSAND_DIGITS", FIVE_THOUSAND_DIGITS);
    }

    /** 100 requests with good, revoked and made-up tokens; each answered as it should be. */
    private void mixedRequestsAreEachAnsweredCorrectly() {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            switch (i % 5) {
                case 0 -> {
                    ApiResponse r = client.get("/api/v1/units", viewer);
                    if (r.status() != 200 || !Set.copyOf(r.json().get("items").findValuesAsText("code"))
                            .equals(Set.of("ea-sup", "ea-le", "ea-rok"))) {
                        wrong.add(i + " viewer units: " + r);
                    }
                }
                case 1 -> {
                    ApiResponse r = client.get("/api/v1/tokens", TestServer.ADMIN_TOKEN);
                    if (r.status() != 200 || r.json().get("total").asInt() != 4) {
                        wrong.add(i + " admin tokens: " + r);
                    }
                }
                case 2 -> {
                    ApiResponse r = client.get("/api/v1/tokens", "made-up-token-" + i + "-0123456789abcdef");
                    if (r.status() != 401) {
                        wrong.add(i + " made-up token: " + r);
                    }
                }
                case 3 -> {
                    ApiResponse r = client.get("/api/v1/units", revoked);
                    if (r.status() != 401) {
                        wrong.add(i + " revoked token: " + r);
                    }
                }
                default -> {
                    ApiResponse r = client.postJson("/api/v1/tokens", editor, Map.of("role", "ADMIN"));
                    if (r.status() != 403) {
                        wrong.add(i + " editor mints an admin token: " + r);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(client.get("/api/v1/tokens", TestServer.ADMIN_TOKEN).json().get("items").findValuesAsText("role"))
                .containsExactlyInAnyOrder("ADMIN", "EDITOR", "VIEWER", "VIEWER");
    }
}
