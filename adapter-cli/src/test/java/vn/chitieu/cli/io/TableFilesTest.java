package vn.chitieu.cli.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.table.Table;

class TableFilesTest {

    @TempDir
    Path dir;

    private final TableFiles files = new TableFiles();

    @Test
    void readsTheFirstSheetOfAWorkbookIntoTheSameRowModelAsCsv() throws IOException {
        Path xlsx = dir.resolve("baseline.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            ws.value(0, 0, "Unit");
            ws.value(0, 1, "RATE");
            ws.value(0, 2, "procedures");
            ws.value(1, 0, "Sở Công Thương");
            ws.value(1, 1, new BigDecimal("0.9996"));
            ws.style(1, 1).format("0.00%").set();
            ws.value(1, 2, 118);
            ws.value(3, 0, "Sở Y tế");
            ws.value(3, 1, "98,06%");
            ws.value(3, 2, 129);
            wb.finish();
        }

        Table table = files.read(xlsx);

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).get("unit")).isEqualTo("Sở Công Thương");
        assertThat(table.rows().get(0).get("rate")).isEqualTo("99.96%");
        assertThat(table.rows().get(0).get("Procedures")).isEqualTo("118");
        assertThat(table.rows().get(1).line()).isEqualTo(4);
        assertThat(table.rows().get(1).get("rate")).isEqualTo("98,06%");
    }

    @Test
    void aDateTypedIntoExcelReadsAsTheDateOrDateAndTimeItShowsNotItsDayNumber() throws IOException {
        Path xlsx = dir.resolve("dates.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            String[] formats = {"dd/mm/yyyy", "dd/mm/yyyy hh:mm:ss", "[$-42A]d mmmm yyyy", "yyyy-mm-dd h:mm", "#,##0",
                "0.00", "h:mm", "\"ngày\" dd"};
            for (int c = 0; c < formats.length; c++) {
                ws.value(0, c, "c" + c);
                ws.value(1, c, java.time.LocalDateTime.of(2025, 7, 1, 15, 30, 45));
                ws.style(1, c).format(formats[c]).set();
            }
            wb.finish();
        }

        var row = files.read(xlsx).rows().get(0);

        assertThat(row.get("c0")).isEqualTo("2025-07-01"); // a date shown without its time is the date
        assertThat(row.get("c1")).isEqualTo("2025-07-01 15:30:45");
        assertThat(row.get("c2")).isEqualTo("2025-07-01");
        assertThat(row.get("c3")).isEqualTo("2025-07-01 15:30:45");
        for (String number : new String[] {"c4", "c5"}) { // shown as numbers: they stay the day number they are
            assertThat(new BigDecimal(row.get(number))).isGreaterThan(new BigDecimal("45839"))
                    .isLessThan(new BigDecimal("45840"));
        }
        assertThat(row.get("c6")).doesNotContain("2025"); // a time of day alone has no date to show
        assertThat(row.get("c7")).isEqualTo("2025-07-01"); // "ngày" is quoted text, dd the day
    }

    @Test
    void aDateUnderExcelsBuiltInFormatsReadsAsADateToo() throws IOException {
        // Excel gives a date typed into a General cell the built-in format 14 (the locale's short date, which a
        // Vietnamese Excel shows as dd/MM/yyyy) and a date-time 22: no format of their own in styles.xml
        Path written = dir.resolve("written.xlsx");
        try (OutputStream out = Files.newOutputStream(written)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Sheet1");
            ws.value(0, 0, "validFrom");
            ws.value(0, 1, "received");
            ws.value(1, 0, java.time.LocalDate.of(2025, 7, 1));
            ws.style(1, 0).format("m/d/yy").set();
            ws.value(1, 1, java.time.LocalDateTime.of(2025, 7, 1, 8, 30));
            ws.style(1, 1).format("m/d/yy h:mm").set();
            wb.finish();
        }
        Path xlsx = dir.resolve("built-in.xlsx");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(written.toFile());
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(xlsx))) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/styles.xml")) {
                    String styles = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    java.util.regex.Matcher m = java.util.regex.Pattern
                            .compile("<numFmt numFmtId=\"(\\d+)\" formatCode=\"([^\"]*)\"/>").matcher(styles);
                    while (m.find()) {
                        String builtIn = m.group(2).contains("h") ? "22" : "14";
                        styles = styles.replace(m.group(), "").replace("numFmtId=\"" + m.group(1) + "\"",
                                "numFmtId=\"" + builtIn + "\"");
                    }
                    assertThat(styles).doesNotContain("formatCode=\"m/d/yy");
                    bytes = styles.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }

        var row = files.read(xlsx).rows().get(0);

        assertThat(row.get("validFrom")).isEqualTo("2025-07-01");
        assertThat(row.get("received")).isEqualTo("2025-07-01 08:30:00");
    }

    @Test
    void keepsTheLineOfEveryRowEvenAcrossQuotedLineBreaksAndComments() throws IOException {
        Path csv = dir.resolve("units.csv");
        Files.writeString(csv, "# a comment\ncode,name\na,\"Sở Lao động,\nThương binh và Xã hội\"\n\nb,Sở Y tế\n");
        Table table = files.read(csv);
        assertThat(table.rows()).extracting(r -> r.line()).containsExactly(3, 6);
        assertThat(table.rows().get(0).get("name")).isEqualTo("Sở Lao động, Thương binh và Xã hội");
    }

    @Test
    void detectsTabsAndSemicolons() {
        assertThat(vn.chitieu.table.DelimitedText.separator("a;b;c\n1;2,5;3")).isEqualTo(';');
        assertThat(vn.chitieu.table.DelimitedText.separator("a\tb\tc")).isEqualTo('\t');
        assertThat(vn.chitieu.table.DelimitedText.separator("\"x;y\",b,c")).isEqualTo(',');
    }

    @Test
    void aFileThatIsNotAWorkbookIsNamed() throws IOException {
        Path fake = dir.resolve("fake.xlsx");
        Files.writeString(fake, "not a zip");
        assertThatThrownBy(() -> files.read(fake)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("fake.xlsx").hasMessageContaining(".xlsx");
    }
}
