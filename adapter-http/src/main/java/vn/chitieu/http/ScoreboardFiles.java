package vn.chitieu.http;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.chitieu.table.CsvStyle;
import vn.chitieu.text.FormulaGuard;

/**
 * {@code GET /api/v1/scoreboard?format=csv|xlsx}: the rows of the scoreboard's JSON as a table,
 * one column per JSON key (flags joined by {@code |}). CSV is UTF-8 with a BOM in the
 * {@link CsvStyle} asked for: plain (the default: comma, exact values, {@code true}/{@code false})
 * or {@code csvStyle=excel} (Vietnamese Excel: {@code ;}, decimal comma, at most 2 decimals,
 * Đạt/Không đạt); text that starts like a formula is neutralised in both.
 */
final class ScoreboardFiles {

    static final String CSV = "text/csv; charset=utf-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> COLUMNS = List.of("unit", "name", "kind", "indicator", "period", "numerator",
            "denominator", "value", "target", "met", "gapPoints", "dossiersNeeded", "rank", "rankOf", "flags");

    private ScoreboardFiles() {
    }

    static byte[] csv(ScoreboardJson board) {
        return csv(board, CsvStyle.PLAIN.withBom(true));
    }

    static byte[] csv(ScoreboardJson board, CsvStyle style) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.builder().fieldSeparator(style.separator()).build(out)) {
            out.write(new String(style.prefix(), StandardCharsets.UTF_8));
            csv.writeRecord(COLUMNS);
            for (ScoreJson row : board.rows()) {
                // plain: the exact values, as the JSON has them; Excel: as shown
                csv.writeRecord(cells(row).stream().map(v -> style.roundShown() ? style.shown(v) : style.exact(v)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(ScoreboardJson board, String sheet) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(bytes, "chitieu", "1.0");
            Worksheet ws = wb.newWorksheet(sheet);
            for (int c = 0; c < COLUMNS.size(); c++) {
                ws.value(0, c, COLUMNS.get(c));
                ws.style(0, c).bold().set();
            }
            int r = 1;
            for (ScoreJson row : board.rows()) {
                List<Object> cells = cells(row);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v instanceof Boolean b) {
                        ws.value(r, c, b);
                    } else if (v != null) {
                        ws.value(r, c, FormulaGuard.neutralise(v.toString()));
                    }
                }
                r++;
            }
            ws.width(1, 40);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<Object> cells(ScoreJson s) {
        return new ArrayList<>(Arrays.asList(s.unit(), s.name(), s.kind(), s.indicator(), s.period(), s.numerator(),
                s.denominator(), s.value(), s.target(), s.met(), s.gapPoints(), s.dossiersNeeded(), s.rank(), s.rankOf(),
                s.flags() == null || s.flags().isEmpty() ? null : String.join("|", s.flags())));
    }
}
