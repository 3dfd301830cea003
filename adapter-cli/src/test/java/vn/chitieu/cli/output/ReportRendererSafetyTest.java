package vn.chitieu.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.report.ReportSection;
import vn.chitieu.table.CsvStyle;

/**
 * A unit name is data, never code: CSV cells that a spreadsheet would run as a formula are
 * neutralised (OWASP CSV injection), xlsx holds them as strings, Markdown and HTML show
 * {@code <script>} as text (issue 10 #17 and Low).
 */
class ReportRendererSafetyTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    static final String SCRIPT = "<script>alert(1)</script> | [x](javascript:alert(1))";

    private final ReportRenderer renderer = new ReportRenderer();

    private static Report report(String name) {
        List<ReportColumn> columns = List.of(
                new ReportColumn("unit", "Mã", "Unit", ColumnType.TEXT),
                new ReportColumn("name", "Tên", "Name", ColumnType.TEXT),
                new ReportColumn("gap", "Chênh lệch", "Gap", ColumnType.DECIMAL),
                new ReportColumn("count", "Số", "Count", ColumnType.COUNT));
        List<List<Object>> rows = List.of(
                Arrays.asList("x1", name, new BigDecimal("-5"), -3L),
                Arrays.asList("x2", "+cmd|' /C calc'!A0", new BigDecimal("2.5"), 7L),
                Arrays.asList("x3", "@SUM(1+1)", null, null),
                Arrays.asList("x4", "-2+3", null, null),
                Arrays.asList("x5", "Phường Tân Lợi", null, null));
        return new Report("Báo cáo", "Report", columns, List.of(new ReportSection(null, null, rows)), null, List.of());
    }

    @Test
    void csvTextCellsThatStartLikeAFormulaGetALeadingQuoteAndNumbersStayNumbers() {
        String csv = renderer.csv(report(HYPERLINK), Lang.EN, CsvStyle.PLAIN);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(1)).isEqualTo("x1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-5,-3");
        assertThat(lines.get(2)).isEqualTo("x2,'+cmd|' /C calc'!A0,2.5,7");
        assertThat(lines.get(3)).startsWith("x3,'@SUM(1+1),");
        assertThat(lines.get(4)).startsWith("x4,'-2+3,");
        assertThat(lines.get(5)).isEqualTo("x5,Phường Tân Lợi,,");
    }

    @Test
    void xlsxWritesSuchTextAsAStringCellNeverAFormula() throws IOException {
        byte[] xlsx = renderer.xlsx(report(HYPERLINK), Lang.EN);
        String sheets = xml(xlsx, "xl/worksheets/");
        String strings = xml(xlsx, "xl/sharedStrings");
        assertThat(sheets).doesNotContain("<f>", "<f ");
        assertThat(sheets + strings).contains("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)");
    }

    @Test
    void markdownShowsHtmlAndLinksAsTextAndKeepsTheTableWhole() {
        String md = renderer.markdown(report(SCRIPT), Lang.EN);
        assertThat(md).doesNotContain("<script>", "[x](")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| \\[x\\](javascript:alert(1))");
        String row = md.lines().filter(l -> l.startsWith("| x1 |")).findFirst().orElseThrow();
        assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(5);
    }

    @Test
    void htmlEscapesTheNameToo() {
        String html = renderer.html(report(SCRIPT), Lang.EN);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    private static String xml(byte[] xlsx, String prefix) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("safety", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            StringBuilder s = new StringBuilder();
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().startsWith(prefix)) {
                        s.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            return s.toString();
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
