package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A query parameter written a little wrong was ignored: {@code GET /api/v1/indicators?period=2022&unti=krong-pac}
 * answered for every unit, {@code GET /api/v1/units?asof=2018-01-01} (names are case-sensitive) gave today's tree.
 * It is refused, naming it and the one meant; so is a parameter of another route ({@code GET /api/v1/scoreboard?unit=}
 * gave the caller's whole subtree), naming those the route reads; names far from every one (a cache buster) still pass.
 */
class MisspeltQueryParametersTest {

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

    private static void refused(String path, String field, String meant) {
        notRead(path, field, "no query parameter is read under this name; did you mean '" + meant + "'?");
    }

    @Test
    void aNearMissOfAQueryParameterIsRefusedNamingTheOneMeant() {
        refused("/api/v1/indicators?period=2022&unti=krong-pac", "unti", "unit");
        refused("/api/v1/units?asof=2018-01-01", "asof", "asOf");
        refused("/api/v1/scoreboard?indicatr=ONLINE_RATE&period=2018-Q1", "indicatr", "indicator");
        refused("/api/v1/decisions?limit=5&ofset=10", "ofset", "offset");
    }

    private static void notRead(String path, String field, String message) {
        ApiResponse r = api.get(path, TestServer.ADMIN_TOKEN);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode error = r.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("message").asText()).isEqualTo(message);
    }

    @Test
    void aParameterOfAnotherRouteIsRefusedNamingWhatThisRouteReads() {
        // the scoreboard takes no unit: it answered the caller's whole subtree as if it were that unit's board
        notRead("/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022&unit=krong-pac", "unit",
                "GET /api/v1/scoreboard reads no query parameter of this name; it reads indicator, period, format, csvStyle, source, target");
        notRead("/api/v1/units?units=krong-pac", "units",
                "GET /api/v1/units reads no query parameter of this name; it reads parent, asOf, offset, limit");
        notRead("/api/v1/units/krong-pac/results?period=2022", "period",
                "GET /api/v1/units/{code}/results reads no query parameters");
        notRead("/api/v1/decisions/abc/tasks?year=2022", "year",
                "GET /api/v1/decisions/{id}/tasks reads no query parameter of this name; it reads asOf");
        ApiResponse vi = api.send("GET", "/api/v1/units/krong-pac/results?period=2022", TestServer.ADMIN_TOKEN, null, null,
                Map.of("Accept-Language", "vi"));
        assertThat(vi.json().get("errors").get(0).get("message").asText())
                .isEqualTo("GET /api/v1/units/{code}/results không đọc tham số truy vấn nào");
    }

    @Test
    void aRequestIsTakenForTheRouteItsPathAndMethodName() {
        assertThat(QueryNames.operation("GET", "/api/v1/indicators/catalogue")).hasToString("GET /api/v1/indicators/catalogue");
        assertThat(QueryNames.operation("GET", "/api/v1/indicators")).hasToString("GET /api/v1/indicators");
        assertThat(QueryNames.operation("HEAD", "/api/v1/decisions/d-1/tasks/")).hasToString("GET /api/v1/decisions/{id}/tasks");
        assertThat(QueryNames.operation("DELETE", "/api/v1/approvals/ea-kly/2022")).hasToString("DELETE /api/v1/approvals/{unit}/{period}");
        assertThat(QueryNames.operation("PUT", "/api/v1/decisions/d-1/assignments/ea-kly/ONLINE_RATE").names()).isEmpty();
        assertThat(QueryNames.operation("GET", "/api/v1/decisions/d-1/assignments")).isNull(); // PUT only
        assertThat(QueryNames.operation("GET", "/api/v1/nothing/here")).isNull();
    }

    @Test
    void theSameRequestsSpeltRightAndNamesFarFromEveryOneAreAnswered() {
        assertThat(api.get("/api/v1/indicators?period=2022&unit=krong-pac", TestServer.ADMIN_TOKEN).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/units?asOf=2018-01-01", TestServer.ADMIN_TOKEN).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/decisions?limit=5&offset=10", TestServer.ADMIN_TOKEN).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/units?_=1712345678", TestServer.ADMIN_TOKEN).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/scoreboard?indicator=ONLINE_RATE&period=2022&_=1712345678", TestServer.ADMIN_TOKEN).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/units/krong-pac/results?_=1712345678", TestServer.ADMIN_TOKEN).status()).isEqualTo(200);
    }

    @Test
    void theRefusalReadsInVietnamese() {
        ApiResponse r = api.send("GET", "/api/v1/indicators?period=2022&unti=krong-pac", TestServer.ADMIN_TOKEN, null, null,
                Map.of("Accept-Language", "vi"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("message").asText())
                .isEqualTo("không có tham số truy vấn nào tên này; có phải là 'unit'?");
    }

    @Test
    void noKnownNameIsANearMissOfAnother() {
        // else a right name could never be told from a wrong one
        for (String name : QueryNames.KNOWN) {
            java.util.Set<String> others = new java.util.HashSet<>(QueryNames.KNOWN);
            others.remove(name);
            assertThat(QueryNames.nearMiss(name, others)).as(name).isNull();
        }
        assertThat(QueryNames.KNOWN).contains("unit", "asOf", "period", "indicator", "offset", "limit", "dryRun");
    }
}
