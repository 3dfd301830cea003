package vn.chitieu.cli.output;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportChart;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.report.ReportSection;
import vn.chitieu.report.ReportValue;
import vn.chitieu.table.CsvStyle;
import vn.chitieu.text.FormulaGuard;

/** Renders a domain {@link Report} as text, CSV, Markdown, HTML or .xlsx, in Vietnamese or English. */
public final class ReportRenderer {

    /** {@code report} in {@code format}; CSV in the style {@code --lang} implies (Excel's under vi, plain under en). */
    public byte[] render(Report report, Format format, Lang lang) {
        return render(report, format, lang, CsvStyle.of(null, lang.code()));
    }

    public byte[] render(Report report, Format format, Lang lang, CsvStyle style) {
        return switch (format) {
            case TABLE -> utf8(table(report, lang));
            case CSV -> style.bytes(csv(report, lang, style)); // Output writes CSV streamed (writeCsv); this for the rest
            case MD -> utf8(markdown(report, lang));
            case HTML -> utf8(html(report, lang));
            case XLSX -> xlsx(report, lang);
            case JSON -> throw new IllegalArgumentException("JSON is written from the command's own document");
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean titled(Report report) {
        return report.sections().stream().anyMatch(s -> s.titleVi() != null);
    }

    private static List<String> headers(Report report, Lang lang) {
        return report.columns().stream().map(c -> c.header(lang.code())).toList();
    }

    private static List<String> cells(Report report, List<Object> row, Lang lang) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            out.add(Cells.text(row.get(i), report.columns().get(i).type(), lang));
        }
        return out;
    }

    String table(Report report, Lang lang) {
        List<String> headers = headers(report, lang);
        int[] widths = new int[headers.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        report.allRows().forEach(r -> all.add(cells(report, r, lang)));
        if (report.totals() != null) {
            all.add(cells(report, report.totals(), lang));
        }
        for (List<String> r : all) {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], r.get(i).codePointCount(0, r.get(i).length()));
            }
        }
        StringBuilder s = new StringBuilder();
        String title = report.title(lang.code());
        if (title != null) {
            s.append(title).append('\n').append("=".repeat(Math.min(100, title.length()))).append("\n\n");
        }
        line(s, report, headers, widths, false);
        s.append(rule(widths)).append('\n');
        for (ReportSection section : report.sections()) {
            if (section.title(lang.code()) != null) {
                s.append(section.title(lang.code())).append('\n');
            }
            for (List<Object> row : section.rows()) {
                line(s, report, cells(report, row, lang), widths, true);
            }
        }
        if (report.totals() != null) {
            s.append(rule(widths)).append('\n');
            line(s, report, cells(report, report.totals(), lang), widths, true);
        }
        notes(s, report, "");
        return s.toString();
    }

    private static String rule(int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            s.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        return s.toString();
    }

    private static void line(StringBuilder s, Report report, List<String> cells, int[] widths, boolean align) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            int pad = widths[i] - c.codePointCount(0, c.length());
            boolean right = align && Cells.isNumeric(report.columns().get(i).type());
            l.append(i == 0 ? "" : " | ");
            if (right) {
                l.append(" ".repeat(pad)).append(c);
            } else {
                l.append(c).append(" ".repeat(pad));
            }
        }
        s.append(l.toString().stripTrailing()).append('\n');
    }

    private static void notes(StringBuilder s, Report report, String prefix) {
        if (!report.notes().isEmpty()) {
            s.append('\n');
            report.notes().forEach(n -> s.append(prefix).append(n).append('\n'));
        }
    }

    /** {@code report} as CSV in {@code style} to {@code out}: the style's prefix (the BOM), then the rows as they are made. */
    public void writeCsv(Report report, Lang lang, CsvStyle style, java.io.Writer out) {
        try {
            if (style.bom()) {
                out.write('\uFEFF');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        csv(report, lang, style, out);
    }

    /**
     * The rows (not the totals) with the column headers; numbers as {@link CsvStyle#shown}, a value
     * that is not available as the words for it in Vietnamese and empty in English.
     */
    String csv(Report report, Lang lang, CsvStyle style) {
        StringWriter out = new StringWriter();
        csv(report, lang, style, out);
        return out.toString();
    }

    /**
     * As {@link #csv(Report, Lang, CsvStyle)}, written to {@code out} row by row (without the style's
     * {@link CsvStyle#prefix()}): a board of a million rows is never one String. {@code out} is flushed, not closed.
     */
    void csv(Report report, Lang lang, CsvStyle style, java.io.Writer out) {
        boolean titled = titled(report);
        try {
            CsvWriter csv = CsvWriter.builder().fieldSeparator(style.separator()).build(out);
            List<String> header = new ArrayList<>();
            if (titled) {
                header.add(lang == Lang.EN ? "section" : "Mục");
            }
            header.addAll(headers(report, lang));
            csv.writeRecord(header);
            ColumnType[] types = report.columns().stream().map(ReportColumn::type).toArray(ColumnType[]::new);
            List<String> r = new ArrayList<>(types.length + 1); // one list for every row: written before the next
            for (ReportSection section : report.sections()) {
                String title = section.title(lang.code()) == null ? "" : FormulaGuard.neutralise(section.title(lang.code()));
                for (List<Object> row : section.rows()) {
                    r.clear();
                    if (titled) {
                        r.add(title);
                    }
                    for (int i = 0; i < row.size(); i++) {
                        r.add(Cells.csv(row.get(i), types[i], lang, style));
                    }
                    csv.writeRecord(r);
                }
            }
            csv.flush(); // its buffer into out; out stays open
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String markdown(Report report, Lang lang) {
        StringBuilder s = new StringBuilder();
        if (report.title(lang.code()) != null) {
            s.append("# ").append(md(report.title(lang.code()))).append("\n\n");
        }
        List<String> headers = headers(report, lang);
        StringBuilder head = new StringBuilder("|");
        StringBuilder sep = new StringBuilder("|");
        for (int i = 0; i < headers.size(); i++) {
            head.append(' ').append(md(headers.get(i))).append(" |");
            sep.append(Cells.isNumeric(report.columns().get(i).type()) ? " ---: |" : " --- |");
        }
        for (ReportSection section : report.sections()) {
            if (section.title(lang.code()) != null) {
                s.append("## ").append(md(section.title(lang.code()))).append("\n\n");
            }
            s.append(head).append('\n').append(sep).append('\n');
            for (List<Object> row : section.rows()) {
                mdRow(s, cells(report, row, lang));
            }
            s.append('\n');
        }
        if (report.totals() != null) {
            s.append(head).append('\n').append(sep).append('\n');
            mdRow(s, cells(report, report.totals(), lang));
            s.append('\n');
        }
        report.notes().forEach(n -> s.append("- ").append(md(n)).append('\n'));
        return s.toString();
    }

    private static void mdRow(StringBuilder s, List<String> cells) {
        s.append('|');
        cells.forEach(c -> s.append(' ').append(md(c)).append(" |"));
        s.append('\n');
    }

    /**
     * Text as Markdown shows it literally in a table cell: HTML-significant characters as entities
     * (a name {@code <script>} is not run by a Markdown viewer), the backslash, backtick, brackets
     * (no link can be made) and the table pipe escaped, line breaks as spaces.
     */
    static String md(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '[', ']', '|' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    String html(Report report, Lang lang) {
        StringBuilder s = new StringBuilder();
        String title = report.title(lang.code()) == null ? "chitieu" : report.title(lang.code());
        s.append("<!DOCTYPE html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}")
                .append("th,td{border:1px solid #999;padding:.25rem .5rem}th{background:#eee}")
                .append("td.n{text-align:right}tr.section td{font-weight:bold;background:#f6f6f6}")
                .append("tr.totals td{font-weight:bold}\n</style>\n</head>\n<body>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n<table>\n<thead><tr>");
        for (String h : headers(report, lang)) {
            s.append("<th>").append(esc(h)).append("</th>");
        }
        s.append("</tr></thead>\n<tbody>\n");
        int n = report.columns().size();
        for (ReportSection section : report.sections()) {
            if (section.title(lang.code()) != null) {
                s.append("<tr class=\"section\"><td colspan=\"").append(n).append("\">")
                        .append(esc(section.title(lang.code()))).append("</td></tr>\n");
            }
            for (List<Object> row : section.rows()) {
                htmlRow(s, report, row, lang, "");
            }
        }
        if (report.totals() != null) {
            htmlRow(s, report, report.totals(), lang, " class=\"totals\"");
        }
        s.append("</tbody>\n</table>\n");
        if (report.chart() != null && !report.chart().bars().isEmpty()) {
            s.append(ChartDrawing.svg(report.chart(), lang));
        }
        if (!report.notes().isEmpty()) {
            s.append("<ul>\n");
            report.notes().forEach(note -> s.append("<li>").append(esc(note)).append("</li>\n"));
            s.append("</ul>\n");
        }
        return s.append("</body>\n</html>\n").toString();
    }

    private static void htmlRow(StringBuilder s, Report report, List<Object> row, Lang lang, String attrs) {
        s.append("<tr").append(attrs).append('>');
        List<String> cells = cells(report, row, lang);
        for (int i = 0; i < cells.size(); i++) {
            s.append(Cells.isNumeric(report.columns().get(i).type()) ? "<td class=\"n\">" : "<td>")
                    .append(esc(cells.get(i))).append("</td>");
        }
        s.append("</tr>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    byte[] xlsx(Report report, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "chitieu", "1.0");
            Worksheet ws = wb.newWorksheet(lang == Lang.EN ? "Report" : "Báo cáo");
            int r = 0;
            if (report.title(lang.code()) != null) {
                ws.value(r, 0, report.title(lang.code()));
                ws.style(r, 0).bold().set();
                r += 2;
            }
            List<String> headers = headers(report, lang);
            for (int c = 0; c < headers.size(); c++) {
                ws.value(r, c, headers.get(c));
                ws.style(r, c).bold().wrapText(true).set();
                ws.width(c, Math.min(60, Math.max(10, headers.get(c).length() + 2)));
            }
            r++;
            for (ReportSection section : report.sections()) {
                if (section.title(lang.code()) != null) {
                    ws.value(r, 0, section.title(lang.code()));
                    ws.style(r, 0).bold().set();
                    r++;
                }
                for (List<Object> row : section.rows()) {
                    xlsxRow(ws, r++, report, row, lang);
                }
            }
            if (report.totals() != null) {
                xlsxRow(ws, r++, report, report.totals(), lang);
            }
            for (String note : report.notes()) {
                ws.value(++r, 0, note);
            }
            if (report.chart() != null && !report.chart().bars().isEmpty()) {
                chartSheet(wb.newWorksheet(lang == Lang.EN ? "Chart" : "Biểu đồ"), report.chart(), lang);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The chart's figures (unit, actual, target, as numbers) and, beside them, a picture of its bars
     * drawn one a row: fastexcel writes no native chart, so the sheet carries the figures a chart
     * can be made of in one click and a drawing of them.
     */
    private static void chartSheet(Worksheet ws, ReportChart chart, Lang lang) {
        boolean en = lang == Lang.EN;
        ws.value(0, 0, en ? "Unit" : "Đơn vị");
        ws.value(0, 1, en ? "Actual (%)" : "Kết quả (%)");
        ws.value(0, 2, en ? "Target (%)" : "Chỉ tiêu (%)");
        for (int c = 0; c < 3; c++) {
            ws.style(0, c).bold().set();
        }
        ws.width(0, 40);
        ws.width(1, 12);
        ws.width(2, 12);
        double rowPoints = ChartDrawing.ROW * 0.75;
        ws.rowHeight(0, rowPoints);
        int r = 1;
        for (ReportChart.Bar b : chart.bars()) {
            ws.rowHeight(r, rowPoints);
            ws.value(r, 0, b.label());
            if (b.actual() != null) {
                ws.value(r, 1, b.actual());
                ws.style(r, 1).format("0.00").set();
            } else {
                ws.value(r, 1, Cells.notAvailable(lang));
            }
            if (b.target() != null) {
                ws.value(r, 2, b.target());
                ws.style(r, 2).format("0.00").set();
            }
            r++;
        }
        // the bars as a PNG: the picture the HTTP service's chart sheet carries too
        byte[] png = vn.chitieu.report.ChartPicture.png(chart);
        ws.addImage(org.dhatim.fastexcel.PictureAnchor.oneCellAnchor(0, 4, vn.chitieu.report.ChartPicture.WIDTH,
                (chart.bars().size() + 1) * ChartDrawing.ROW), png);
        ws.value(chart.bars().size() + 2, 0, chart.title(lang.code()));
    }

    private static void xlsxRow(Worksheet ws, int r, Report report, List<Object> row, Lang lang) {
        for (int c = 0; c < row.size(); c++) {
            Object v = row.get(c);
            ReportColumn column = report.columns().get(c);
            if (v == null) {
                continue;
            }
            if (v == ReportValue.NOT_AVAILABLE || !(v instanceof Number n)) {
                ws.value(r, c, Cells.text(v, column.type(), lang));
                continue;
            }
            BigDecimal d = Cells.decimal(n);
            if (column.type() == ColumnType.PERCENT) {
                ws.value(r, c, d); // bare, in percent units, under a header that says (%)
                ws.style(r, c).format("0.00").set();
            } else if (column.type() == ColumnType.COUNT) {
                ws.value(r, c, d);
                ws.style(r, c).format("#,##0").set();
            } else {
                ws.value(r, c, d);
            }
        }
    }
}
