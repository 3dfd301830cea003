package vn.chitieu.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scoreboard's xlsx download carries the chart sheet the CLI's xlsx report has (issue 15 item 5):
 * "Biểu đồ" under {@code Accept-Language: vi} ("Chart" in English, the API's default language) with a row per reported unit of seed 003
 * holding the unit, its value and its target as numbers, and the picture of the bars; the rows stay
 * on the first sheet as before.
 */
class ScoreboardXlsxChartTest {

    private static TestServer server;
    private static JsonNode board;

    @BeforeAll
    static void seed003() {
        server = TestServer.start(ServerStorage.inMemory());
        Seed003.load(server.client());
        board = server.client().get("/api/v1/scoreboard?indicator=" + Seed003.INDICATOR + "&period=" + Seed003.PERIOD,
                TestServer.ADMIN_TOKEN).json();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static byte[] xlsx(String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.server().port()
                + "/api/v1/scoreboard?indicator=" + Seed003.INDICATOR + "&period=" + Seed003.PERIOD + "&format=xlsx"))
                .header("Authorization", "Bearer " + TestServer.ADMIN_TOKEN);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    void theXlsxHasAChartSheetWithEveryReportedUnitsValueAndTargetAndAPicture() throws Exception {
        byte[] bytes = xlsx("vi");
        Map<String, JsonNode> api = new HashMap<>();
        board.get("rows").forEach(r -> api.put(r.get("name").asText(), r));
        assertThat(api).hasSize(31);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly(Seed003.INDICATOR, "Biểu đồ");
            List<Row> rows = sheets.get(1).read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Đơn vị");
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Kết quả (%)");
            assertThat(rows.get(0).getCellText(2)).isEqualTo("Chỉ tiêu (%)");
            int bars = 0;
            for (Row r : rows.subList(1, rows.size())) {
                JsonNode unit = api.get(r.getCellText(0));
                if (unit == null) {
                    continue; // the chart's title under the figures
                }
                bars++;
                assertThat(r.getCellAsNumber(2).orElseThrow()).as(r.getCellText(0))
                        .isEqualByComparingTo(unit.get("target").decimalValue());
                if (unit.get("value").isNull()) {
                    assertThat(r.getCellText(1)).isEqualTo("Không có hồ sơ phát sinh");
                } else {
                    assertThat(r.getCellAsNumber(1).orElseThrow().doubleValue()).as(r.getCellText(0))
                            .isEqualTo(unit.get("value").decimalValue().doubleValue());
                    assertThat(r.getCellText(1)).doesNotContain("%");
                }
            }
            assertThat(bars).isEqualTo(31);
        }
        assertThat(pictures(bytes)).as("the picture of the bars").hasSize(1);
        byte[] png = pictures(bytes).values().iterator().next();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getHeight()).isEqualTo(32 * 20);
    }

    @Test
    void underEnglishAndWithoutAcceptLanguageTheChartSheetIsNamedChart() throws Exception {
        for (String language : new String[] {"en", null}) {
            try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx(language)))) {
                List<Sheet> sheets = wb.getSheets().toList();
                assertThat(sheets).extracting(Sheet::getName).as(language).containsExactly(Seed003.INDICATOR, "Chart");
                assertThat(sheets.get(1).read().get(0).getCellText(1)).isEqualTo("Actual (%)");
            }
        }
    }

    /** The workbook's media parts (xl/media/…) by name (read as a zip file: fastexcel streams its entries). */
    private static Map<String, byte[]> pictures(byte[] xlsx) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("formats-scoreboard", ".xlsx");
        Map<String, byte[]> media = new HashMap<>();
        try (ZipFile zip = new ZipFile(java.nio.file.Files.write(file, xlsx).toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/media/")) {
                    try (java.io.InputStream in = zip.getInputStream(e)) {
                        media.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        return media;
    }
}
