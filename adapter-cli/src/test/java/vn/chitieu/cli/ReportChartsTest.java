package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.cli.demo.Samples;

/**
 * Charts in reports (issue 15 item 5): the html scoreboard carries an inline SVG bar chart of each
 * unit's value against its target, with nothing fetched from the network; the .xlsx one a chart
 * sheet with the figures as numbers and a picture of the bars. Seed 003's quarter against 95 %.
 */
class ReportChartsTest {

    @TempDir
    Path dir;

    private List<String> seed;

    @BeforeEach
    void samples() throws IOException {
        Path units = Files.write(dir.resolve("units.csv"), Samples.bytes("units-daklak-2018.csv"));
        Path targets = Files.write(dir.resolve("targets.csv"), Samples.bytes("targets-2018-Q1.csv"));
        Path results = Files.write(dir.resolve("results.csv"), Samples.bytes("results-2018-Q1.csv"));
        seed = new ArrayList<>(List.of("score", "--units", units.toString(), "--targets", targets.toString(),
                "--results", results.toString()));
    }

    private Path scoreTo(String name, String... more) {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(seed);
        args.addAll(List.of("--out", out.toString()));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void theHtmlReportCarriesAnInlineSvgBarChartOfValueAgainstTarget() throws IOException {
        String html = Files.readString(scoreTo("scoreboard.html"), StandardCharsets.UTF_8);
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertThat(count(svg, "<g class=\"bar\">")).isEqualTo(31);
        assertThat(count(svg, "class=\"actual\"")).isEqualTo(31);
        assertThat(count(svg, "class=\"target\"")).isEqualTo(31);
        assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=")
                .doesNotContain("https://");
        // Krông Pắc: 1061 / 1669 = 63.571 % of an axis of 100 % over 420 px; its target 95 % at 399 px
        Matcher bar = Pattern.compile("<g class=\"bar\"><text[^>]*>UBND huyện Krông Pắc</text>"
                + "<rect class=\"actual\" x=\"(\\d+)\" y=\"\\d+\" width=\"([\\d.]+)\"[^>]*/>"
                + "<line class=\"target\" x1=\"([\\d.]+)\"").matcher(svg);
        assertThat(bar.find()).as(svg).isTrue();
        BigDecimal width = BigDecimal.valueOf(1061 * 100).divide(BigDecimal.valueOf(1669), 10, RoundingMode.HALF_UP)
                .multiply(BigDecimal.valueOf(420)).divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
        assertThat(new BigDecimal(bar.group(2))).isEqualByComparingTo(width);
        assertThat(new BigDecimal(bar.group(3)).subtract(new BigDecimal(bar.group(1))))
                .isEqualByComparingTo("399.0");
        assertThat(svg).contains("63,57%").contains("chỉ tiêu");
        String en = Files.readString(scoreTo("scoreboard-en.html", "--lang", "en"), StandardCharsets.UTF_8);
        assertThat(en).contains("<svg").contains("63.57%").contains(">target<").contains("Actual against target per unit");
    }

    @Test
    void theXlsxReportCarriesAChartSheetWithItsFiguresAndAPictureOfTheBars() throws IOException {
        Path xlsx = scoreTo("scoreboard.xlsx");
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            assertThat(zip.stream().map(e -> e.getName()).filter(n -> n.startsWith("xl/media/") && n.endsWith(".png")))
                    .hasSize(1);
            assertThat(zip.stream().map(e -> e.getName()).filter(n -> n.startsWith("xl/drawings/"))).isNotEmpty();
        }
        Map<String, BigDecimal> actual = new TreeMap<>();
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Báo cáo", "Biểu đồ");
            List<Row> rows = sheets.get(1).read();
            assertThat(rows.get(0).getCellText(1)).isEqualTo("Kết quả (%)");
            for (Row r : rows.subList(1, 32)) {
                actual.put(r.getCellText(0), r.getCellAsNumber(1).orElseThrow());
                assertThat(r.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("95");
            }
        }
        assertThat(actual).hasSize(31);
        // in percent units, bare, under "Kết quả (%)"
        assertThat(actual.get("UBND huyện Krông Pắc").setScale(4, RoundingMode.HALF_UP))
                .isEqualByComparingTo(BigDecimal.valueOf(106100).divide(BigDecimal.valueOf(1669), 4, RoundingMode.HALF_UP));
        assertThat(actual.get("Sở Nội vụ")).isEqualByComparingTo("0");
    }
}
