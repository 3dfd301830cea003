package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the server stored on the embedded PostgreSQL is there after a restart on the same data directory. */
class RestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataAndTokensSurviveARestartOfTheServer() {
        String id;
        String viewer;
        try (TestServer first = TestServer.start(StorageKind.POSTGRES.module(dataDirectory))) {
            Api api = new Api(first.client());
            api.loadUnits(Province.UNITS_CSV);
            viewer = api.token("VIEWER", "krong-pac");
            id = api.draft(TestServer.ADMIN_TOKEN, "dak-lak", 2022, "Chỉ tiêu 2022").json().get("id").asText();
            String etag = first.client().get("/api/v1/decisions/" + id, TestServer.ADMIN_TOKEN).header("ETag");
            assertThat(api.setTarget(TestServer.ADMIN_TOKEN, id, "ea-kly", "ONLINE_RATE", etag, Map.of("target", 42))
                    .status()).isEqualTo(200);
        }

        try (TestServer second = TestServer.start(StorageKind.POSTGRES.module(dataDirectory))) {
            ApiResponse decision = second.client().get("/api/v1/decisions/" + id, viewer);

            assertThat(decision.status()).as(decision.body()).isEqualTo(200);
            assertThat(decision.json().get("assignments").get(0).get("target").decimalValue()).isEqualByComparingTo("42");
            assertThat(second.client().get("/api/v1/units", viewer).json().get("total").asInt()).isEqualTo(3);
            assertThat(second.client().get("/health", null).json().get("database").get("kind").asText())
                    .isEqualTo("postgresql");
        }
    }
}
