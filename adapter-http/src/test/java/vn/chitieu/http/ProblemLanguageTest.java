package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void aLongReferenceIsEchoedByItsBeginning() {
        String reference = "z".repeat(5000);

        ApiResponse response = api.get("/api/v1/decisions/" + reference, TestServer.ADMIN_TOKEN);

        assertThat(response.status()).as(response.body()).isEqualTo(404);
        assertThat(response.json().get("detail").asText()).contains("'" + "z".repeat(120) + "…'").doesNotContain(reference);
    }

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
        // the same problem either way: its type and status; its title in the asked language
        assertThat(vi.get("type").asText()).isEqualTo(en.get("type").asText());
        assertThat(vi.get("status").asInt()).isEqualTo(en.get("status").asInt()).isEqualTo(400);
        assertThat(en.get("title").asText()).isEqualTo("Bad Request");
        assertThat(vi.get("title").asText()).isEqualTo("Yêu cầu không hợp lệ");
    }

    @Test
    void aDraftWithSeveralBadFieldsIsRefusedWithEveryOneOfThemAndNothingIsDrafted() {
        Map<String, Object> basis = new LinkedHashMap<>();
        basis.put("number", "n".repeat(300));
        List<Object> bases = new ArrayList<>(List.of(Map.of("number", "3478/QĐ-UBND"), basis));
        bases.add(null);
        Map<String, Object> body = Map.of("issuer", "dak-lak", "year", 3022, "title", "t".repeat(2500),
                "legalBases", bases, "tasks", List.of(Map.of("text", "giao chỉ tiêu", "unit", "not a code!",
                        "deadline", "2022-06-30")));
        ApiResponse vi = api.send("POST", "/api/v1/decisions", TestServer.ADMIN_TOKEN, "application/json",
                ApiClient.json(body), Map.of("Accept-Language", "vi"));

        assertThat(vi.status()).as(vi.body()).isEqualTo(400);
        Map<String, String> errors = new LinkedHashMap<>();
        vi.json().get("errors").forEach(e -> errors.put(e.get("field").asText(), e.get("message").asText()));
        // each bad item named by its index, every field told in one answer, in the asked language
        assertThat(errors).containsOnlyKeys("legalBases[1].number", "legalBases[2]", "tasks[0].unit", "year", "title");
        assertThat(errors.get("legalBases[1].number")).isEqualTo("tối đa 200 ký tự (đã ghi 300)");
        assertThat(errors.get("legalBases[2]")).isEqualTo("một căn cứ pháp lý không được là null");
        assertThat(errors.get("year")).isEqualTo("năm từ 1900 đến 2999");
        assertThat(vi.json().get("detail").asText()).isEqualTo("5 lỗi trong dữ liệu gửi lên");
        ApiResponse listed = api.get("/api/v1/decisions", TestServer.ADMIN_TOKEN);
        assertThat(listed.json().get("total").asLong()).as(listed.body()).isZero();
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

    /** English words of the reasons, titles and Jackson's messages, none of which may reach a Vietnamese reader. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(?i:the|and|of|is|are|was|with|for|from|not|cannot|may|must|"
            + "only|unknown|missing|required|expected|invalid|wrong|type|token|request|needs|header|body|property|value|"
            + "subtree|outside|unit|decision|decisions|targets?|assign|locked|approval|approved|nothing|written|results?|"
            + "bad|unauthorized|forbidden|conflict|found|deserialize|object|number|line|column|problems?|input|revoked|"
            + "viewer|editor|admin|change|anything|issued|would|already|instead|amend|supersede|them|by|at|in|vs)\\b");

    /** Vietnamese letters: an English reader sees none in chitieu's own texts. */
    private static final Pattern VIETNAMESE = Pattern.compile("[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * What a problem says to people (title, detail, every error's message) without what is data:
     * quoted values, unit codes and token ids, decision numbers and ids, dates, the field names a
     * message lists as the ones allowed, an approver as the audit log names it (token id and role), file
     * names, and the technical names a client types (JSON, ETag, headers).
     */
    private static String words(JsonNode problem) {
        StringBuilder text = new StringBuilder(problem.path("title").asText()).append('\n')
                .append(problem.path("detail").asText());
        problem.path("errors").forEach(e -> text.append('\n').append(e.path("message").asText()));
        return text.toString().replaceAll("'[^'\\n]*'", "''")
                .replaceAll("(?:các trường:|expected only|một trong:)[^\\n]*", "")
                .replaceAll("\\b\\d+/QĐ-[A-ZĐ]+\\b", "N")
                .replaceAll("\\btok_[\\w-]+|\\b[a-z0-9]+(?:-[a-z0-9]+)+\\b|\\b[0-9a-f]{8}(?:-[0-9a-f]{4,12})+\\b", "X")
                .replaceAll("\\btoken X \\((?:ADMIN|EDITOR|VIEWER)[^)]*\\)", "A") // an approver as the audit names it: data
                .replaceAll("\\b[\\w-]+\\.csv\\b", "F")
                .replaceAll("\\b(?:JSON|ETag|If-Match|Authorization|Bearer|Content-Type|application/json|text/csv)\\b", "");
    }

    private static List<String> found(Pattern p, String text) {
        List<String> hits = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            hits.add(m.group() + " ← " + text.replace('\n', '⏎'));
        }
        return hits;
    }

    /** One request of a family, sent twice: in Vietnamese and in English. */
    private record Bad(String method, String path, String token, String contentType, String body, Map<String, String> headers,
            int status) {
    }

    private static JsonNode sent(Bad b, String language) {
        Map<String, String> headers = new LinkedHashMap<>(b.headers());
        headers.put("Accept-Language", language);
        ApiResponse r = api.exchange(b.method(), b.path(), b.token(), b.contentType(), b.body(), headers);
        assertThat(r.status()).as(b.method() + " " + b.path() + " " + language + ": " + r.body()).isEqualTo(b.status());
        assertThat(r.contentType()).startsWith("application/problem+json");
        return r.json();
    }

    @Test
    void everyFamilyOfBadRequestReadsInVietnameseUnderViAndInEnglishUnderEn() {
        String admin = TestServer.ADMIN_TOKEN;
        Api steps = new Api(api);
        String district = steps.token("EDITOR", "krong-pac");
        String viewer = steps.token("VIEWER", "dak-lak");
        // a lock: Sở Y tế's quarter approved by the province, then its results changed
        String results = "unit,indicator,period,numerator,denominator\nso-y-te,ONLINE_RATE,2017-Q1,5,10\n";
        assertThat(api.send("POST", "/api/v1/results", admin, "text/csv", results, Map.of()).status()).isEqualTo(200);
        assertThat(api.postJson("/api/v1/approvals", admin, Map.of("unit", "dak-lak", "period", "2017-Q1")).status())
                .isEqualTo(201);
        // a conflict: an issued decision gives Krông Pắc 40 %, a second one 60 % for the same indicator and year
        String first = steps.draft(admin, "dak-lak", 2021, "Giao chỉ tiêu năm 2021").json().get("id").asText();
        assertThat(steps.setTarget(admin, first, "krong-pac", "ONLINE_RATE", "\"v0\"", Map.of("target", 40)).status())
                .isEqualTo(200);
        assertThat(steps.issue(admin, first, "\"v1\"", "100/QĐ-UBND").status()).isEqualTo(200);
        String second = steps.draft(admin, "dak-lak", 2021, "Giao lại chỉ tiêu").json().get("id").asText();
        assertThat(steps.setTarget(admin, second, "krong-pac", "ONLINE_RATE", "\"v0\"", Map.of("target", 60)).status())
                .isEqualTo(200);

        String json = "application/json";
        Map<String, Bad> families = new LinkedHashMap<>();
        families.put("no token", new Bad("GET", "/api/v1/units", null, null, null, Map.of(), 401));
        families.put("wrong token", new Bad("GET", "/api/v1/units", "not-a-token-of-this-server-0123456789", null, null,
                Map.of(), 401));
        families.put("not bearer", new Bad("GET", "/api/v1/units", null, null, null, Map.of("Authorization", "Basic abc"),
                401));
        families.put("other subtree", new Bad("POST", "/api/v1/approvals", district, json,
                ApiClient.json(Map.of("unit", "ea-le", "period", "2017-Q1")), Map.of(), 403));
        families.put("viewer writes", new Bad("POST", "/api/v1/decisions", viewer, json,
                ApiClient.json(Map.of("issuer", "dak-lak", "year", 2022, "title", "x")), Map.of(), 403));
        families.put("admin only", new Bad("POST", "/api/v1/tokens", district, json,
                ApiClient.json(Map.of("role", "VIEWER", "unit", "ea-kly")), Map.of(), 403));
        families.put("malformed json", new Bad("POST", "/api/v1/decisions", admin, json, "{\"issuer\": \"dak-lak\",", Map.of(),
                400));
        families.put("unknown field", new Bad("POST", "/api/v1/decisions", admin, json,
                "{\"issuer\":\"dak-lak\",\"year\":2022,\"title\":\"x\",\"colour\":1}", Map.of(), 400));
        families.put("wrong type", new Bad("POST", "/api/v1/decisions", admin, json,
                "{\"issuer\":\"dak-lak\",\"year\":\"abc\",\"title\":\"x\"}", Map.of(), 400));
        families.put("object for a number", new Bad("POST", "/api/v1/decisions", admin, json,
                "{\"issuer\":\"dak-lak\",\"year\":{\"a\":1},\"title\":\"x\"}", Map.of(), 400));
        families.put("bad csv", new Bad("POST", "/api/v1/results", admin, "text/csv", BAD, Map.of(), 400));
        families.put("conflict", new Bad("POST", "/api/v1/decisions/" + second + "/issue", admin, json,
                ApiClient.json(Map.of("number", "200/QĐ-UBND", "signer", "Phạm Ngọc Nghị", "signedOn", "2021-03-01")),
                Map.of("If-Match", "\"v1\""), 409));
        families.put("lock", new Bad("POST", "/api/v1/results", admin, "text/csv",
                "unit,indicator,period,numerator,denominator\nso-y-te,ONLINE_RATE,2017-Q1,9,10\n", Map.of(), 409));

        // found by hand with Accept-Language: vi: these stayed English (or half English)
        families.put("no indicator", new Bad("GET", "/api/v1/scoreboard?period=2022", admin, null, null, Map.of(), 400));
        families.put("no issuer", new Bad("POST", "/api/v1/decisions", admin, json,
                ApiClient.json(Map.of("year", 2022, "title", "x")), Map.of(), 400));
        families.put("token without role", new Bad("POST", "/api/v1/tokens", admin, json,
                ApiClient.json(Map.of("unit", "krong-pac")), Map.of(), 400));
        families.put("token without unit", new Bad("POST", "/api/v1/tokens", admin, json,
                ApiClient.json(Map.of("role", "EDITOR")), Map.of(), 400));
        families.put("empty csv", new Bad("POST", "/api/v1/results", admin, "text/csv", "", Map.of(), 400));
        families.put("unknown source", new Bad("GET", "/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022&source=x", admin,
                null, null, Map.of(), 400));
        families.put("two indicators from dossiers", new Bad("GET",
                "/api/v1/scoreboard?indicator=ONLINE_RATE,ON_TIME_RATE&period=2022&source=dossiers", admin, null, null,
                Map.of(), 400));
        families.put("audit since", new Bad("GET", "/api/v1/audit?since=yesterday", admin, null, null, Map.of(), 400));
        String ndjson = "application/x-ndjson";
        families.put("dossiers before procedures", new Bad("POST", "/api/v1/dossiers", admin, ndjson,
                "{\"MaHoSo\":\"D1\"}\n", Map.of(), 400));
        families.put("no dossiers", new Bad("POST", "/api/v1/dossiers", admin, ndjson, "", Map.of(), 400));

        Map<String, List<String>> english = new LinkedHashMap<>();
        Map<String, List<String>> vietnamese = new LinkedHashMap<>();
        for (Map.Entry<String, Bad> f : families.entrySet()) {
            JsonNode vi = sent(f.getValue(), "vi");
            JsonNode en = sent(f.getValue(), "en");
            assertThat(vi.get("type").asText()).as(f.getKey()).isEqualTo(en.get("type").asText());
            assertThat(vi.get("detail").asText()).as(f.getKey()).isNotBlank().isNotEqualTo(en.get("detail").asText());
            List<String> words = found(ENGLISH, words(vi));
            if (!words.isEmpty()) {
                english.put(f.getKey(), words);
            }
            List<String> letters = found(VIETNAMESE, words(en));
            if (!letters.isEmpty()) {
                vietnamese.put(f.getKey(), letters);
            }
        }
        assertThat(english).as("English words under Accept-Language: vi").isEmpty();
        assertThat(vietnamese).as("Vietnamese under Accept-Language: en").isEmpty();
    }
}
