package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL killed under a running server: {@code /health} says DOWN with 503 and an API route
 * answers 503 problem+json, both at once (they used to hang 30 s, and the route then gave 500).
 */
class DatabaseDownTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aKilledDatabaseIsAnswered503ProblemJsonWithinSeconds() throws Exception {
        try (TestServer server = TestServer.start(StorageKind.POSTGRES.module(dataDirectory))) {
            assertThat(server.client().get("/health", null).status()).isEqualTo(200);
            assertThat(server.client().get("/api/v1/units", TestServer.ADMIN_TOKEN).status()).isEqualTo(200);

            killPostgres(StorageKind.database(dataDirectory));

            ApiResponse health = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> server.client().get("/health", null));
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("database").get("status").asText()).isEqualTo("DOWN");

            for (String path : List.of("/api/v1/units", "/api/v1/tokens")) {
                ApiResponse route = assertTimeoutPreemptively(Duration.ofSeconds(5),
                        () -> server.client().exchange("GET", path, TestServer.ADMIN_TOKEN, null, null, Map.of()));
                assertThat(route.status()).as(route.body()).isEqualTo(503);
                assertThat(route.contentType()).startsWith(ProblemResponses.PROBLEM_JSON);
                assertThat(route.json().get("status").asInt()).isEqualTo(503);
                assertThat(route.body()).doesNotContain("Exception").doesNotContain("at org.");
            }
        }
    }

    /** SIGKILL to the postmaster and every process it started. */
    private static void killPostgres(Path dataDirectory) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.toRealPath().resolve("postmaster.pid")).get(0).strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> all = new java.util.ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            p.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> p).get();
        }
    }
}
