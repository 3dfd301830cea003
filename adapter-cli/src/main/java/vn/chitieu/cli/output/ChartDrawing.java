package vn.chitieu.cli.output;

import java.math.BigDecimal;
import vn.chitieu.report.ChartPicture;
import vn.chitieu.report.ReportChart;

/**
 * Draws a report's {@link ReportChart}: as inline SVG for HTML (labels, values, the target as a
 * mark; no script, no network) and as a PNG of the bars alone for .xlsx, one bar per sheet row
 * beside the figures ({@link ChartPicture}, in the domain, so that the HTTP service draws the same).
 */
final class ChartDrawing {

    static final int ROW = ChartPicture.ROW;
    private static final int LABEL = 280;
    private static final int PLOT = 420;
    private static final int VALUE = 110;
    private static final String ACTUAL_COLOUR = "#2b6cb0";
    private static final String TARGET_COLOUR = "#c53030";

    private ChartDrawing() {
    }

    static String svg(ReportChart chart, Lang lang) {
        double max = ChartPicture.axisMax(chart);
        int top = 40;
        int height = top + chart.bars().size() * ROW + 30;
        int width = LABEL + PLOT + VALUE;
        String title = chart.title(lang.code());
        StringBuilder s = new StringBuilder();
        s.append("<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"system-ui,sans-serif\" font-size=\"12\">\n<title>")
                .append(ReportRenderer.esc(title)).append("</title>\n");
        // legend
        s.append("<rect x=\"").append(LABEL).append("\" y=\"8\" width=\"14\" height=\"10\" fill=\"").append(ACTUAL_COLOUR)
                .append("\"/><text x=\"").append(LABEL + 20).append("\" y=\"17\">")
                .append(lang == Lang.EN ? "actual" : "kết quả").append("</text>");
        s.append("<line x1=\"").append(LABEL + 110).append("\" y1=\"6\" x2=\"").append(LABEL + 110)
                .append("\" y2=\"20\" stroke=\"").append(TARGET_COLOUR).append("\" stroke-width=\"3\"/><text x=\"")
                .append(LABEL + 118).append("\" y=\"17\">").append(lang == Lang.EN ? "target" : "chỉ tiêu").append("</text>\n");
        // grid and axis
        for (int p = 0; p <= 4; p++) {
            double v = max * p / 4;
            double gx = LABEL + PLOT * p / 4.0;
            s.append("<line x1=\"").append(fmt(gx)).append("\" y1=\"").append(top - 4).append("\" x2=\"").append(fmt(gx))
                    .append("\" y2=\"").append(top + chart.bars().size() * ROW).append("\" stroke=\"#ddd\"/>")
                    .append("<text x=\"").append(fmt(gx)).append("\" y=\"").append(top + chart.bars().size() * ROW + 16)
                    .append("\" text-anchor=\"middle\" fill=\"#555\">")
                    .append(Cells.percentInText(BigDecimal.valueOf(Math.round(v)), lang)).append("</text>\n");
        }
        int y = top;
        for (ReportChart.Bar b : chart.bars()) {
            s.append("<g class=\"bar\"><text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\">").append(ReportRenderer.esc(b.label())).append("</text>");
            if (b.actual() != null) {
                s.append("<rect class=\"actual\" x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"")
                        .append(fmt(ChartPicture.along(b.actual(), max, PLOT))).append("\" height=\"12\" fill=\"").append(ACTUAL_COLOUR).append("\"/>");
            }
            if (b.target() != null) {
                double tx = LABEL + ChartPicture.along(b.target(), max, PLOT);
                s.append("<line class=\"target\" x1=\"").append(fmt(tx)).append("\" y1=\"").append(y + 1).append("\" x2=\"")
                        .append(fmt(tx)).append("\" y2=\"").append(y + ROW - 1).append("\" stroke=\"").append(TARGET_COLOUR)
                        .append("\" stroke-width=\"3\"/>");
            }
            String value = b.actual() == null ? Cells.notAvailable(lang) : Cells.percentInText(b.actual(), lang);
            s.append("<text x=\"").append(LABEL + PLOT + 6).append("\" y=\"").append(y + 14).append("\">")
                    .append(ReportRenderer.esc(value)).append("</text></g>\n");
            y += ROW;
        }
        return s.append("</svg>\n<figcaption>").append(ReportRenderer.esc(title)).append("</figcaption>\n</figure>\n")
                .toString();
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
