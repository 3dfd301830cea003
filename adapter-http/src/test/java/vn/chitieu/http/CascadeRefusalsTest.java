package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/cascade} refuses, with the domain's own rule and a 400 problem, what the CLI
 * refuses (issue 10): weights that sum to 0 (used to be "feasible" with achieved null), the parent
 * given as its own child, and a child's baseline above 100 %.
 */
class CascadeRefusalsTest {

    private static final Map<String, Object> POLICY = Map.of("growth", 1, "granularity", 1, "cap", 99,
            "floors", Map.of("COMMUNE", 40));

    private static ApiResponse cascade(ApiClient http, List<Map<String, Object>> children) {
        return http.postJson("/api/v1/cascade", TestServer.ADMIN_TOKEN, Map.of("parent", "krong-pac", "target", 45,
                "policy", POLICY, "children", children));
    }

    @Test
    void weightsThatSumToZeroTheParentAsItsOwnChildAndABaselineAbove100Are400() {
        try (TestServer server = TestServer.start(StorageKind.MEMORY.module(null))) {
            ApiClient http = server.client();
            new Api(http).loadUnits(Province.UNITS_CSV);

            ApiResponse zero = cascade(http, List.of(Map.of("unit", "ea-kly", "weight", 0, "baseline", 30),
                    Map.of("unit", "ea-phe", "weight", 0, "baseline", 50)));
            assertThat(zero.status()).as(zero.body()).isEqualTo(400);
            assertThat(zero.header("Content-Type")).startsWith("application/problem+json");
            assertThat(zero.body()).contains("the weights sum to 0");

            ApiResponse self = cascade(http, List.of(Map.of("unit", "ea-kly", "weight", 10, "baseline", 30),
                    Map.of("unit", "krong-pac", "weight", 5, "baseline", 50)));
            assertThat(self.status()).as(self.body()).isEqualTo(400);
            assertThat(self.body()).contains("its own child");

            ApiResponse above = cascade(http, List.of(Map.of("unit", "ea-kly", "weight", 10, "baseline", 150)));
            assertThat(above.status()).as(above.body()).isEqualTo(400);
            assertThat(above.body()).contains("0–100 %");

            ApiResponse good = cascade(http, List.of(Map.of("unit", "ea-kly", "weight", 10, "baseline", 30)));
            assertThat(good.status()).as(good.body()).isEqualTo(200);
        }
    }
}
