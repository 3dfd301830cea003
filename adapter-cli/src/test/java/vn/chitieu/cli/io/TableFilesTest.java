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
