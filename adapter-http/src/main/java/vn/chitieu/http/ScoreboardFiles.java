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
import java.util.Locale;
import org.dhatim.fastexcel.PictureAnchor;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.chitieu.common.Texts;
import vn.chitieu.report.ChartPicture;
import vn.chitieu.report.ReportChart;
import vn.chitieu.scoring.ScoreFlag;
import vn.chitieu.table.CsvStyle;
import vn.chitieu.text.FormulaGuard;
import vn.chitieu.text.NumberReader;

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

    /**
     * The rows on a sheet named {@code sheet}; with {@code chart}, a second sheet as the CLI's xlsx
     * report has ({@code Biểu đồ} / {@code Chart}): per reported unit its value and target, and the
     * picture of the bars beside them ({@link ChartPicture}, the CLI's picture).
     */
    static byte[] xlsx(ScoreboardJson board, String sheet, boolean chart, Locale locale) {
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
            ReportChart bars = chart ? chart(board, locale) : null;
            if (bars != null) {
                chartSheet(wb.newWorksheet(Texts.english(locale) ? "Chart" : "Biểu đồ"), bars, locale);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The chart of the CLI's scoreboard report: a bar per unit with a result (not NO_RESULT); null when none has one. */
    private static ReportChart chart(ScoreboardJson board, Locale locale) {
        List<ReportChart.Bar> bars = new ArrayList<>();
        for (ScoreJson s : board.rows()) {
            if (s.flags() == null || !s.flags().contains(ScoreFlag.NO_RESULT.name())) {
                bars.add(new ReportChart.Bar(s.name() == null ? s.unit() : s.name(), s.value(), s.target()));
            }
        }
        return bars.isEmpty() ? null
                : new ReportChart("Kết quả so với chỉ tiêu theo đơn vị", "Actual against target per unit", bars);
    }

    /** As the CLI's chart sheet: unit, actual (%) and target (%) as numbers, one row per bar, the picture beside them. */
    private static void chartSheet(Worksheet ws, ReportChart chart, Locale locale) {
        boolean en = Texts.english(locale);
        ws.value(0, 0, en ? "Unit" : "Đơn vị");
        ws.value(0, 1, en ? "Actual (%)" : "Kết quả (%)");
        ws.value(0, 2, en ? "Target (%)" : "Chỉ tiêu (%)");
        for (int c = 0; c < 3; c++) {
            ws.style(0, c).bold().set();
        }
        ws.width(0, 40);
        ws.width(1, 12);
        ws.width(2, 12);
        double rowPoints = ChartPicture.ROW * 0.75;
        ws.rowHeight(0, rowPoints);
        int r = 1;
        for (ReportChart.Bar b : chart.bars()) {
            ws.rowHeight(r, rowPoints);
            ws.value(r, 0, FormulaGuard.neutralise(b.label()));
            if (b.actual() != null) {
                ws.value(r, 1, b.actual());
                ws.style(r, 1).format("0.00").set();
            } else {
                ws.value(r, 1, en ? "no dossiers" : NumberReader.NO_DOSSIERS);
            }
            if (b.target() != null) {
                ws.value(r, 2, b.target());
                ws.style(r, 2).format("0.00").set();
            }
            r++;
        }
        ws.addImage(PictureAnchor.oneCellAnchor(0, 4, ChartPicture.WIDTH, ChartPicture.height(chart)),
                ChartPicture.png(chart));
        ws.value(chart.bars().size() + 2, 0, chart.title(en ? "en" : "vi"));
    }

    private static List<Object> cells(ScoreJson s) {
        return new ArrayList<>(Arrays.asList(s.unit(), s.name(), s.kind(), s.indicator(), s.period(), s.numerator(),
                s.denominator(), s.value(), s.target(), s.met(), s.gapPoints(), s.dossiersNeeded(), s.rank(), s.rankOf(),
                s.flags() == null || s.flags().isEmpty() ? null : String.join("|", s.flags())));
    }
}
