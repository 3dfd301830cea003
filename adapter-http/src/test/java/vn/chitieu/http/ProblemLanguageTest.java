package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Problem details speak the language the request asks for (issue 15 item 3): Vietnamese with
 * {@code Accept-Language: vi} (what the dashboard sends in its default language), English with
 * {@code en} or no header (API clients, as before); the problem's shape is the same.
 */
class ProblemLanguageTest {

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

    private static JsonNode results(String csv, Map<String, String> headers) {
        ApiResponse response = api.send("POST", "/api/v1/results", TestServer.ADMIN_TOKEN, "text/csv", csv, headers);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.json();
    }

    private static final String BAD = "unit,indicator,period,numerator,denominator\n"
            + "Sở Không Có,ONLINE_RATE,2018-Q2,1,2\n"
            + "so-y-te,ONLINE_RATE,2018-Q9,1,2\n";

    @Test
    void aRefusedCsvReadsInVietnameseWhenTheRequestAsksForIt() {
        JsonNode vi = results(BAD, Map.of("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5"));
        JsonNode en = results(BAD, Map.of("Accept-Language", "en"));

        assertThat(vi.get("detail").asText()).isEqualTo("2 lỗi trong dữ liệu gửi lên");
        assertThat(vi.get("errors").get(0).get("message").asText()).startsWith("không có đơn vị 'Sở Không Có'");
        assertThat(vi.get("errors").get(1).get("message").asText())
                .isEqualTo("không phải một kỳ: '2018-Q9' (phải như 2022, 2022-H1, 2018-Q1 hoặc 2022-06)");
        assertThat(en.get("detail").asText()).isEqualTo("2 problem(s) in the input");
        assertThat(en.get("errors").get(0).get("message").asText()).startsWith("unknown unit 'Sở Không Có'");
        assertThat(en.get("errors").get(1).get("message").asText())
                .isEqualTo("not a period: '2018-Q9' (expected 2022, 2022-H1, 2018-Q1 or 2022-06)");
        // the same fields either way: only the texts differ
        assertThat(vi.get("errors").get(1).get("field").asText()).isEqualTo(en.get("errors").get(1).get("field").asText())
                .isEqualTo("period");
        assertThat(vi.get("title").asText()).isEqualTo(en.get("title").asText());
    }

    @Test
    void withoutAcceptLanguageTheDetailsStayEnglish() {
        JsonNode none = results(BAD, Map.of());
        assertThat(none.get("detail").asText()).isEqualTo("2 problem(s) in the input");
        assertThat(none.get("errors").get(0).get("message").asText()).startsWith("unknown unit 'Sở Không Có'");
    }

    @Test
    void aRefusedJsonRequestReadsInVietnameseToo() {
        // the weights sum to 0: refused as bad input (CascadeRefusalsTest), in the asked language
        Map<String, Object> body = Map.of("parent", "krong-pac", "target", 45, "policy", Map.of("growth", 1,
                "granularity", 1, "cap", 99, "floors", Map.of("COMMUNE", 40)), "children", java.util.List.of(
                        Map.of("unit", "ea-kly", "weight", 0, "baseline", 30)));
        ApiResponse vi = api.send("POST", "/api/v1/cascade", TestServer.ADMIN_TOKEN, "application/json",
                ApiClient.json(body), Map.of("Accept-Language", "vi"));
        ApiResponse en = api.send("POST", "/api/v1/cascade", TestServer.ADMIN_TOKEN, "application/json",
                ApiClient.json(body), Map.of("Accept-Language", "en"));
        assertThat(vi.status()).as(vi.body()).isEqualTo(en.status()).isBetween(400, 499);
        assertThat(en.json().get("detail").asText()).contains("the weights sum to 0");
        assertThat(vi.json().get("detail").asText()).contains("tổng trọng số bằng 0").doesNotContain("weights");
    }
}
