package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chitieu.indicator.Percent;

/**
 * {@code PUT …/assignments/{unit}/{indicator}} holds a target to the one rule of the domain
 * (issue 11: the route used to restate it in its own words): a ratio target is 0–100 %, a count
 * target any number ≥ 0; the refusal names the field, the value and the rule, and stores nothing.
 */
class TargetRuleTest {

    @Test
    void aRatioTargetAbove100IsRefusedWithTheDomainsRuleAndACountTargetAbove100IsNot() {
        try (TestServer server = TestServer.start(StorageKind.MEMORY.module(null))) {
            ApiClient http = server.client();
            Api api = new Api(http);
            api.loadUnits(Province.UNITS_CSV);
            ApiResponse draft = api.draft(TestServer.ADMIN_TOKEN, "krong-pac", 2022, "Giao chỉ tiêu năm 2022");
            String id = draft.json().get("id").asText();

            ApiResponse ratio = api.setTarget(TestServer.ADMIN_TOKEN, id, "ea-kly", "ONLINE_RATE", draft.header("ETag"),
                    Map.of("target", 101));
            assertThat(ratio.status()).as(ratio.body()).isEqualTo(400);
            assertThat(ratio.header("Content-Type")).startsWith("application/problem+json");
            assertThat(ratio.json().get("detail").asText()).contains("101").contains("ONLINE_RATE is a ratio: " + Percent.RANGE);
            assertThat(ratio.json().get("errors").get(0).get("field").asText()).isEqualTo("target");
            assertThat(http.get("/api/v1/decisions/" + id, TestServer.ADMIN_TOKEN).json().get("version").asLong()).isZero();

            ApiResponse count = api.setTarget(TestServer.ADMIN_TOKEN, id, "ea-kly", "EDOC_SENT", draft.header("ETag"),
                    Map.of("target", 150));
            assertThat(count.status()).as(count.body()).isEqualTo(200);
            assertThat(count.header("ETag")).isEqualTo("\"v1\"");

            ApiResponse stale = api.setTarget(TestServer.ADMIN_TOKEN, id, "ea-kly", "ONLINE_RATE", draft.header("ETag"),
                    Map.of("target", 50));
            assertThat(stale.status()).as(stale.body()).isEqualTo(412);
            assertThat(stale.json().get("detail").asText()).contains("version 0").contains("version 1");
        }
    }
}
