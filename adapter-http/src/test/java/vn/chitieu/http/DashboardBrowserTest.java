package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in a real browser (Debian's chromium, headless) against the real server on a random
 * port, loaded with seed 003 through the API: one server and one browser for every test, in order.
 * Screenshots of the main pages at 1366×768 go to {@code target/screenshots/} (copied by hand into
 * {@code docs/screenshots/} when the pages change).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    private static final String SCOREBOARD = "/#/scoreboard?indicator=" + Seed003.INDICATOR + "&period=" + Seed003.PERIOD;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** The API's numbers exactly as sent (31 digits), not as doubles. */
    private static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private TestServer server;
    private Browser browser;
    private String base;
    private JsonNode board;
    private String decisionId;

    @BeforeAll
    void start() throws IOException {
        // the browser starts while the server starts and takes the seeds
        java.util.concurrent.CompletableFuture<Browser> starting = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Browser.start();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        server = TestServer.start(ServerStorage.inMemory());
        base = "http://127.0.0.1:" + server.server().port();
        decisionId = Seed003.load(server.client());
        board = EXACT.readTree(server.client().get("/api/v1/scoreboard?indicator=" + Seed003.INDICATOR + "&period="
                + Seed003.PERIOD, TestServer.ADMIN_TOKEN).body());
        Files.createDirectories(SCREENSHOTS);
        long t0 = System.nanoTime();
        try {
            browser = starting.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof AssertionError a) {
                throw a; // no chromium: the message says how to install it
            }
            throw e;
        }
        System.out.printf("server and seeds ready; waited %d ms more for the browser%n", (System.nanoTime() - t0) / 1_000_000);
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    @Order(1)
    void thePagesNeedNoTokenAndCarryAContentSecurityPolicyWithoutInlineScript() {
        ApiResponse page = server.client().exchange("GET", "/", null, null, null, Map.of());
        ApiResponse script = server.client().exchange("GET", "/js/main.js", null, null, null, Map.of());
        ApiResponse api = server.client().exchange("GET", "/api/v1/indicators/catalogue", null, null, null, Map.of());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'").contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.body()).contains("<script type=\"module\" src=\"/js/main.js\"></script>")
                .doesNotContainPattern("<script(?![^>]*src=)[^>]*>");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).contains("javascript");
        assertThat(api.status()).as("the API still needs a token").isEqualTo(401);
    }

    @Test
    @Order(2)
    void signingInKeepsTheTokenInSessionStorageAndNeverInTheUrl() {
        browser.open(base + SCOREBOARD);
        WebElement token = browser.find("#token");
        assertThat(browser.find("#signin").isDisplayed()).isTrue();
        token.sendKeys(TestServer.ADMIN_TOKEN);
        browser.find("#signin-submit").click();

        browser.until("the scoreboard table", () -> browser.all("#score-table tbody tr").size() == 31);
        assertThat(browser.driver().getCurrentUrl()).doesNotContain(TestServer.ADMIN_TOKEN).endsWith(SCOREBOARD);
        assertThat(browser.script("return sessionStorage.getItem('chitieu.token')")).isEqualTo(TestServer.ADMIN_TOKEN);
        assertThat(browser.script("return JSON.stringify(localStorage)")).asString().doesNotContain(TestServer.ADMIN_TOKEN);
        assertThat(browser.script("return document.cookie")).asString().doesNotContain(TestServer.ADMIN_TOKEN);
    }

    @Test
    @Order(3)
    void theScoreboardShowsTheApisThirtyOneValuesInVietnameseWithOneBarGroupPerUnit() throws IOException {
        browser.open(base + SCOREBOARD);
        browser.until("the scoreboard table", () -> browser.all("#score-table tbody tr").size() == 31);
        Map<String, JsonNode> expected = rowsByUnit(board);
        assertThat(expected).hasSize(31);

        Map<String, String> shownValue = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Map<String, String>> rows = (List<Map<String, String>>) browser.script("""
                return [...document.querySelectorAll('#score-table tbody tr')].map(tr => ({unit: tr.dataset.unit,
                  value: tr.querySelector('td.value').innerText, exact: tr.querySelector('td.value').dataset.value,
                  target: tr.querySelector('td.target').innerText}));""");
        for (Map<String, String> row : rows) {
            String unit = row.get("unit");
            JsonNode api = expected.get(unit);
            assertThat(api).as(unit).isNotNull();
            assertThat(row.get("value")).as(unit).isEqualTo(vietnamese(api.get("value")));
            if (!api.get("value").isNull()) {
                // the page holds the value as a JavaScript number: the exact value to the nearest double
                assertThat(Double.parseDouble(row.get("exact"))).as(unit).isEqualTo(api.get("value").decimalValue().doubleValue());
            }
            assertThat(row.get("target")).as(unit).isEqualTo(vietnamese(api.get("target")));
            shownValue.put(unit, row.get("value"));
        }
        assertThat(shownValue.keySet()).isEqualTo(expected.keySet());

        List<String> groups = browser.all("svg.bar-chart g.bar-group").stream().map(g -> g.getAttribute("data-unit")).toList();
        assertThat(groups).hasSize(31).containsExactlyInAnyOrderElementsOf(expected.keySet());

        String page = browser.find("main").getText();
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("vi");
        assertThat(page).contains("Hạng", "Đơn vị", "Kết quả", "Chỉ tiêu giao", "Hồ sơ còn thiếu",
                "Giải quyết cả hồ sơ kỳ trước", "Sở, ban, ngành").doesNotContain("CARRY_OVER", "DEPARTMENT", "Rank");
        Files.write(SCREENSHOTS.resolve("scoreboard-vi.png"), checkedScreenshot());
    }

    @Test
    @Order(4)
    void theToggleSwitchesTheLabelsToEnglish() throws IOException {
        browser.open(base + SCOREBOARD);
        browser.until("the scoreboard table", () -> browser.all("#score-table tbody tr").size() == 31);
        browser.find("#lang-toggle").click();

        browser.until("English headers", () -> browser.find("#score-table thead").getText().contains("Rank"));
        String page = browser.find("main").getText();
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(page).contains("Rank", "Unit", "Target", "Dossiers still needed", "Resolved dossiers of earlier periods too",
                "Provincial department").doesNotContain("Hạng", "Chỉ tiêu giao", "CARRY_OVER");
        assertThat(browser.find("nav").getText()).contains("Scoreboard", "Decisions", "Cascade planner");
        Files.write(SCREENSHOTS.resolve("scoreboard-en.png"), checkedScreenshot());
        browser.script("document.querySelector('#scoreboard figure').scrollIntoView()");
        Files.write(SCREENSHOTS.resolve("scoreboard-chart-en.png"), checkedScreenshot());

        browser.find("#lang-toggle").click();
        browser.until("Vietnamese headers again", () -> browser.find("#score-table thead").getText().contains("Hạng"));
    }

    @Test
    @Order(5)
    void theXlsxAndCsvDownloadsHoldTheSameFiguresAsTheJson() throws Exception {
        Map<String, JsonNode> expected = rowsByUnit(board);
        byte[] xlsx = fetch("xlsx");
        Map<String, String> values = new HashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            List<String> header = rows.get(0).stream().map(c -> c.getRawValue()).toList();
            int unit = header.indexOf("unit");
            int value = header.indexOf("value");
            int target = header.indexOf("target");
            assertThat(rows).hasSize(32);
            for (Row r : rows.subList(1, rows.size())) {
                String code = r.getCellText(unit);
                JsonNode api = expected.get(code);
                assertThat(api).as(code).isNotNull();
                assertThat(r.getCellAsNumber(target).orElseThrow()).isEqualByComparingTo(api.get("target").decimalValue());
                if (api.get("value").isNull()) {
                    assertThat(r.getCellText(value)).as(code).isEmpty();
                } else {
                    // a spreadsheet cell holds a double: the JSON's exact value to the nearest double
                    assertThat(r.getCellAsNumber(value).orElseThrow().doubleValue()).as(code)
                            .isEqualTo(api.get("value").decimalValue().doubleValue());
                }
                values.put(code, r.getCellText(value));
            }
        }
        assertThat(values.keySet()).isEqualTo(expected.keySet());

        String csv = new String(fetch("csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFunit,name,kind,indicator,period,numerator,denominator,value,target");
        for (var r : Seed003.records(csv.substring(1))) {
            JsonNode api = expected.get(r.getField("unit"));
            assertThat(r.getField("value")).isEqualTo(api.get("value").isNull() ? "" : api.get("value").decimalValue().toPlainString());
        }

        browser.open(base + SCOREBOARD);
        browser.until("the download button", () -> browser.all("#download-xlsx").size() == 1);
        browser.find("#download-xlsx").click();
        Path saved = browser.downloads.resolve("scoreboard-ON_TIME_RATE-2018-Q1.xlsx");
        // a workbook written a second later compresses its timestamp differently: compare the cells, not the bytes
        browser.until("the browser's download", () -> Files.exists(saved) && cells(saved) != null);
        assertThat(cells(saved)).isEqualTo(cells(xlsx));
    }

    /** Every cell's text, row by row, of a complete workbook; null while the file is still being written. */
    private static List<List<String>> cells(Path p) {
        try {
            return cells(Files.readAllBytes(p));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static List<List<String>> cells(byte[] workbook) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(workbook));
                var rows = wb.getFirstSheet().openStream()) {
            return rows.map(r -> StreamSupport.stream(r.spliterator(), false)
                    .map(c -> c == null ? "" : c.getRawValue() == null ? "" : c.getRawValue()).toList()).toList();
        }
    }

    @Test
    @Order(6)
    void aUnitsPageDrawsALineChartOfItsResultsOverThePeriodsAndListsItsTarget() throws IOException {
        // a second quarter for one unit (made up here), so that its line has two points
        ApiResponse q2 = server.client().send("POST", "/api/v1/results", TestServer.ADMIN_TOKEN, "text/csv",
                "unit,indicator,period,numerator,denominator\nso-y-te,ON_TIME_RATE,2018-Q2,230,240\n", Map.of());
        assertThat(q2.status()).as(q2.body()).isEqualTo(200);
        JsonNode history = server.client().get("/api/v1/units/so-y-te/results", TestServer.ADMIN_TOKEN).json();
        assertThat(history.get("results")).hasSize(2);

        browser.open(base + SCOREBOARD);
        browser.until("the scoreboard table", () -> browser.all("#score-table tbody tr").size() == 31);
        browser.find("#score-table tr[data-unit='so-y-te'] a").click();

        browser.until("the line chart", () -> browser.all("svg.line-chart polyline.actual").size() == 1);
        assertThat(browser.find("#unit-name").getText()).isEqualTo("Sở Y tế");
        assertThat(browser.all("svg.line-chart circle.actual")).hasSize(2);
        assertThat(browser.find("main").getText()).contains("2018-Q1", "2018-Q2", Seed003.DECISION_NUMBER, "95%");
        Files.write(SCREENSHOTS.resolve("unit.png"), checkedScreenshot());
    }

    @Test
    @Order(7)
    void theCascadePlannerShowsThePlanOfTheApiWithItsChartAndFeasibilityInWords() throws IOException {
        browser.open(base + "/#/cascade?parent=buon-ho");
        browser.until("the children", () -> browser.all("#cascade-form tbody tr").size() == 12);
        browser.find("#cas-target").sendKeys("65");
        List<Map<String, Object>> children = new java.util.ArrayList<>();
        for (var child : Seed003.children()) {
            String baseline = child.getField("baseline");
            Map<String, Object> c = new HashMap<>(Map.of("unit", child.getField("unit"), "weight",
                    new BigDecimal(child.getField("weight"))));
            if (baseline.endsWith("%")) {
                c.put("baseline", new BigDecimal(baseline.replace("%", "").replace(',', '.')));
            }
            children.add(c);
        }
        // typed into the form's inputs at once (one script, not 23 round trips of the driver)
        browser.script("""
                for (const c of arguments[0]) {
                  const row = document.querySelector(`#cascade-form tr[data-unit="${c.unit}"]`);
                  row.querySelector('.weight').value = c.weight;
                  if (c.baseline !== undefined) row.querySelector('.baseline').value = c.baseline;
                }""", children.stream().map(c -> c.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString()))).toList());
        browser.find("#cascade-run").click();

        browser.until("the plan", () -> browser.all("#plan-table tbody tr").size() == 12);
        JsonNode plan = server.client().postJson("/api/v1/cascade", TestServer.ADMIN_TOKEN, Map.of("parent", "buon-ho",
                "target", 65, "children", children, "policy", Map.of("indicator", "ONLINE_RATE", "growth", 1,
                        "rounding", "CEIL", "granularity", 1, "cap", 99,
                        "floors", Map.of("WARD", 80, "COMMUNE", 40)))).json();
        assertThat(plan.get("feasible").asBoolean()).isTrue();
        for (JsonNode r : plan.get("rows")) {
            String shown = browser.find("#plan-table tr[data-unit='" + r.get("unit").asText() + "'] td.target").getText();
            assertThat(shown).isEqualTo(vietnamese(r.get("target")));
        }
        assertThat(browser.all("#cascade-plan svg.bar-chart g.bar-group")).hasSize(12);
        assertThat(browser.find("#cascade-plan").getText()).contains("Khả thi", vietnamese(plan.get("achieved")));
        Files.write(SCREENSHOTS.resolve("cascade.png"), checkedScreenshot());
    }

    @Test
    @Order(8)
    void theDecisionsPageOpensTheIssuedDecisionWithItsAssignmentsAndCopesWithoutAList() throws IOException {
        browser.open(base + "/#/decisions?year=2018");
        browser.until("the list or its absence", () -> browser.all("#decision-list table, #decision-list .message").size() > 0
                && !browser.find("#decision-list").getText().contains("Đang tải"));
        assertThat(browser.find("#decision-list").getText()).doesNotContain("Lỗi");

        browser.find("#decision-id").sendKeys(decisionId);
        browser.find("#decision-open button").click();
        browser.until("the decision", () -> browser.all("main table tbody tr").size() == 31);
        assertThat(browser.find("#decision-title").getText()).isEqualTo(Seed003.DECISION_TITLE);
        assertThat(browser.find("main").getText()).contains(Seed003.DECISION_NUMBER, "Đã ban hành", "UBND tỉnh Đắk Lắk",
                "Ban Dân tộc", "95%").doesNotContain("ISSUED", "ban-dan-toc");
        Files.write(SCREENSHOTS.resolve("decision.png"), checkedScreenshot());
    }

    @Test
    @Order(9)
    void aRevokedOrWrongTokenBringsTheSignInFormBackWithAMessage() {
        browser.open(base + "/#/scoreboard");
        browser.script("sessionStorage.setItem('chitieu.token', 'not-a-token')");
        browser.open(base + SCOREBOARD);

        browser.until("the sign-in form", () -> browser.find("#signin").isDisplayed());
        assertThat(browser.find("#signin-message").getText()).contains("không hợp lệ");
        assertThat(browser.script("return sessionStorage.getItem('chitieu.token')")).isNull();
    }

    @Test
    @Order(10)
    void onAPhoneThePageKeepsToTheScreensWidthAndTheTableScrollsInsideItsBox() throws IOException {
        browser.open(base + "/#/scoreboard");
        browser.script("sessionStorage.setItem('chitieu.token', arguments[0])", TestServer.ADMIN_TOKEN);
        browser.phone(true);
        try {
            browser.open(base + SCOREBOARD);
            browser.until("the scoreboard table", () -> browser.all("#score-table tbody tr").size() == 31);
            assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                    .as("no sideways scrolling of the page; wider: %s", browser.script("""
                            return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391
                              && !e.closest('.table-wrap')).map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 8)
                              .join(' ')""")).isLessThanOrEqualTo(390);
            assertThat(((Number) browser.script("return document.querySelector('.table-wrap').scrollWidth")).intValue())
                    .as("the table scrolls inside its box").isGreaterThan(390);
            Files.write(SCREENSHOTS.resolve("scoreboard-phone.png"), browser.screenshot());
        } finally {
            browser.phone(false);
        }
    }

    private byte[] checkedScreenshot() throws IOException {
        byte[] png = browser.screenshot();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1366);
        assertThat(image.getHeight()).isEqualTo(768);
        assertThat(png.length).isLessThan(300 * 1024);
        return png;
    }

    private byte[] fetch(String format) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                + "/api/v1/scoreboard?indicator=" + Seed003.INDICATOR + "&period=" + Seed003.PERIOD + "&format=" + format))
                .header("Authorization", "Bearer " + TestServer.ADMIN_TOKEN).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        TestServer.contract().validate("GET", "/api/v1/scoreboard", r.statusCode(),
                r.headers().firstValue("Content-Type").orElse(null), null);
        return r.body();
    }


    private static Map<String, JsonNode> rowsByUnit(JsonNode board) {
        return StreamSupport.stream(board.get("rows").spliterator(), false)
                .collect(Collectors.toMap(r -> r.get("unit").asText(), r -> r));
    }

    /** A percentage as the Vietnamese page prints it: at most 2 decimals, decimal comma; "Không có số liệu" when null. */
    private static String vietnamese(JsonNode value) {
        if (value == null || value.isNull()) {
            return "Không có số liệu";
        }
        String plain = value.decimalValue().setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return plain.replace('.', ',') + "%";
    }
}
