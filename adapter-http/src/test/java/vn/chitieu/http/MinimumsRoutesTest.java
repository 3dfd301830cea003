package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code PUT/GET /api/v1/minimums} and the check at issue, on each storage: Krông Pắc (Đắk Lắk)
 * cannot issue a commune digitization target of 10 % against the 15 % of 876/QĐ-BNV (409, the
 * decision stays a draft); at 15 % it can.
 */
class MinimumsRoutesTest {

    static final String MINIMUMS_CSV = """
            source,indicator,kind,minimum
            876/QĐ-BNV,DIGITIZATION_RATE,DISTRICT_OFFICE,25
            876/QĐ-BNV,DIGITIZATION_RATE,WARD,15
            876/QĐ-BNV,DIGITIZATION_RATE,TOWNSHIP,15
            876/QĐ-BNV,DIGITIZATION_RATE,COMMUNE,15
            """;

    @TempDir
    Path dataDirectory;

    private static ApiResponse put(ApiClient http, String token, String csv) {
        return http.send("PUT", "/api/v1/minimums", token, "text/csv", csv, Map.of());
    }

    @ParameterizedTest
    @EnumSource(StorageKind.class)
    void onlyAnAdminStoresMinimumsAndEveryCallerReadsThem(StorageKind storage) {
        try (TestServer server = TestServer.start(storage.module(dataDirectory))) {
            Api api = new Api(server.client());
            ApiClient http = server.client();
            api.loadUnits(Province.UNITS_CSV);
            String editor = api.token("EDITOR", "krong-pac");
            String viewer = api.token("VIEWER", "krong-pac");

            assertThat(put(http, editor, MINIMUMS_CSV).status()).isEqualTo(403);
            assertThat(put(http, viewer, MINIMUMS_CSV).status()).isEqualTo(403);
            assertThat(http.get("/api/v1/minimums", editor).json().get("total").asLong()).isZero();

            ApiResponse stored = put(http, TestServer.ADMIN_TOKEN, MINIMUMS_CSV);
            assertThat(stored.status()).as(stored.body()).isEqualTo(200);
            assertThat(stored.json().get("inserted").asLong()).isEqualTo(4);
            ApiResponse again = put(http, TestServer.ADMIN_TOKEN, MINIMUMS_CSV);
            assertThat(again.json().get("unchanged").asLong()).isEqualTo(4);

            ApiResponse list = http.get("/api/v1/minimums", viewer);
            assertThat(list.status()).as(list.body()).isEqualTo(200);
            JsonNode first = list.json().get("items").get(0);
            assertThat(first.get("source").asText()).isEqualTo("876/QĐ-BNV");
            assertThat(first.get("indicator").asText()).isEqualTo("DIGITIZATION_RATE");
            assertThat(first.get("kind").asText()).isEqualTo("DISTRICT_OFFICE");
            assertThat(first.get("minimum").decimalValue()).isEqualByComparingTo("25");
            assertThat(list.json().get("total").asLong()).isEqualTo(4);

            ApiResponse bad = put(http, TestServer.ADMIN_TOKEN, """
                    source,indicator,kind,minimum
                    876/QĐ-BNV,DIGITIZATION_RATE,COMMUNE,150
                    876/QĐ-BNV,DIGITIZATION_RATE,HAMLET,15
                    """);
            assertThat(bad.status()).as(bad.body()).isEqualTo(400);
            List<Integer> lines = new ArrayList<>();
            bad.json().get("errors").forEach(e -> lines.add(e.get("line").asInt()));
            assertThat(lines).containsExactly(2, 3);
        }
    }

    @ParameterizedTest
    @EnumSource(StorageKind.class)
    void aCommuneDigitizationTargetOf10IsNotIssuedAgainstThe15Of876(StorageKind storage) {
        try (TestServer server = TestServer.start(storage.module(dataDirectory))) {
            Api api = new Api(server.client());
            ApiClient http = server.client();
            api.loadUnits(Province.UNITS_CSV);
            assertThat(put(http, TestServer.ADMIN_TOKEN, MINIMUMS_CSV).status()).isEqualTo(200);
            String district = api.token("EDITOR", "krong-pac");
            ApiResponse draft = api.draft(district, "krong-pac", 2022, "Giao chỉ tiêu số hóa hồ sơ năm 2022 cho các xã");
            String id = draft.json().get("id").asText();
            String etag = draft.header("ETag");
            ApiResponse kly = api.setTarget(district, id, "ea-kly", "DIGITIZATION_RATE", etag,
                    Map.of("target", 10, "reason", "xã khó khăn về hạ tầng"));
            assertThat(kly.status()).as(kly.body()).isEqualTo(200);
            ApiResponse phe = api.setTarget(district, id, "ea-phe", "DIGITIZATION_RATE", kly.header("ETag"),
                    Map.of("target", 12, "reason", "xã vùng sâu"));
            assertThat(phe.status()).as(phe.body()).isEqualTo(200);
            etag = phe.header("ETag");

            ApiResponse refused = api.issue(district, id, etag, "125/QĐ-UBND");

            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("type").asText()).isEqualTo("urn:chitieu:problem:below-minimum");
            assertThat(refused.json().get("detail").asText())
                    .contains("ea-kly DIGITIZATION_RATE 2022: 10 < 15 (876/QĐ-BNV, COMMUNE)")
                    .contains("ea-phe DIGITIZATION_RATE 2022: 12 < 15 (876/QĐ-BNV, COMMUNE)");
            List<String> values = new ArrayList<>();
            refused.json().get("errors").forEach(e -> values.add(e.get("field").asText() + "=" + e.get("value").asText()));
            assertThat(values).containsExactly("ea-kly/DIGITIZATION_RATE/2022=10", "ea-phe/DIGITIZATION_RATE/2022=12");
            ApiResponse still = http.get("/api/v1/decisions/" + id, district);
            assertThat(still.json().get("status").asText()).isEqualTo("DRAFT");
            assertThat(still.header("ETag")).isEqualTo(etag);

            ApiResponse raised = api.setTarget(district, id, "ea-kly", "DIGITIZATION_RATE", etag,
                    Map.of("target", 15, "reason", "theo mức tối thiểu của 876/QĐ-BNV"));
            raised = api.setTarget(district, id, "ea-phe", "DIGITIZATION_RATE", raised.header("ETag"),
                    Map.of("target", 20, "reason", "theo mức tối thiểu của 876/QĐ-BNV"));
            ApiResponse issued = api.issue(district, id, raised.header("ETag"), "125/QĐ-UBND");
            assertThat(issued.status()).as(issued.body()).isEqualTo(200);
            assertThat(issued.json().get("status").asText()).isEqualTo("ISSUED");
        }
    }

    /**
     * Seed 001's cascade over HTTP: the province issues 3086/QĐ-UBND with "UBND cấp xã" 15 %
     * digitization; Krông Pắc's decision citing it gives Ea Kly 10 %: 409, the commune, 10, 15 and
     * the province's number listed; at 15 % it is issued.
     */
    @org.junit.jupiter.api.Test
    void aDistrictDecisionCitingTheProvincesIsNotIssuedBelowTheProvincesCommuneTarget() {
        try (TestServer server = TestServer.start(ServerStorage.inMemory())) {
            Api api = new Api(server.client());
            ApiClient http = server.client();
            api.loadUnits(Province.UNITS_CSV);
            String province = api.token("EDITOR", "dak-lak");
            String district = api.token("EDITOR", "krong-pac");
            String parent = api.draft(province, "dak-lak", 2022, "Giao chỉ tiêu chuyển đổi số năm 2022").json()
                    .get("id").asText();
            ApiResponse groups = http.putJson("/api/v1/decisions/" + parent + "/assignments", province, Map.of(
                    "groups", List.of(Map.of("group", Map.of("label", "UBND cấp xã", "kinds", List.of("COMMUNE", "WARD",
                            "TOWNSHIP")), "indicator", "DIGITIZATION_RATE", "period", "2022", "target", 15))),
                    Map.of("If-Match", "\"v0\""));
            assertThat(groups.status()).as(groups.body()).isEqualTo(200);
            ApiResponse parentIssued = api.issue(province, parent, groups.header("ETag"), "3086/QĐ-UBND");
            assertThat(parentIssued.status()).as(parentIssued.body()).isEqualTo(200);

            ApiResponse draft = http.postJson("/api/v1/decisions", district, Map.of("issuer", "krong-pac", "year", 2022,
                    "title", "Giao chỉ tiêu số hóa cho các xã năm 2022", "legalBases", List.of(Map.of(
                            "number", "3086/QĐ-UBND", "issuer", "UBND tỉnh Đắk Lắk",
                            "title", "Giao chỉ tiêu chuyển đổi số năm 2022"))));
            assertThat(draft.status()).as(draft.body()).isEqualTo(201);
            String id = draft.json().get("id").asText();
            assertThat(draft.json().get("legalBases").get(0).get("decision").asText()).isEqualTo(parent);
            ApiResponse kly = api.setTarget(district, id, "ea-kly", "DIGITIZATION_RATE", draft.header("ETag"),
                    Map.of("target", 10, "reason", "xã khó khăn về hạ tầng"));
            assertThat(kly.status()).as(kly.body()).isEqualTo(200);

            ApiResponse refused = api.issue(district, id, kly.header("ETag"), "125/QĐ-UBND");

            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.json().get("type").asText()).isEqualTo("urn:chitieu:problem:below-minimum");
            assertThat(refused.json().get("detail").asText())
                    .contains("ea-kly DIGITIZATION_RATE 2022: 10 < 15 (3086/QĐ-UBND, COMMUNE)");
            JsonNode error = refused.json().get("errors").get(0);
            assertThat(refused.json().get("errors")).hasSize(1);
            assertThat(error.get("field").asText()).isEqualTo("ea-kly/DIGITIZATION_RATE/2022");
            assertThat(error.get("value").asText()).isEqualTo("10");
            assertThat(error.get("message").asText()).contains("15 (3086/QĐ-UBND)");
            assertThat(http.get("/api/v1/decisions/" + id, district).json().get("status").asText()).isEqualTo("DRAFT");

            ApiResponse raised = api.setTarget(district, id, "ea-kly", "DIGITIZATION_RATE", kly.header("ETag"),
                    Map.of("target", 15, "reason", "theo 3086/QĐ-UBND"));
            ApiResponse issued = api.issue(district, id, raised.header("ETag"), "125/QĐ-UBND");
            assertThat(issued.status()).as(issued.body()).isEqualTo(200);
            assertThat(issued.json().get("status").asText()).isEqualTo("ISSUED");
        }
    }
}
