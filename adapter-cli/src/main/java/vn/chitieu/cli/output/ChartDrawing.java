package vn.chitieu.cli.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import javax.imageio.ImageIO;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.ReportChart;

/**
 * Draws a report's {@link ReportChart}: as inline SVG for HTML (labels, values, the target as a
 * mark; no script, no network) and as a PNG of the bars alone for .xlsx, one bar per sheet row
 * beside the figures (no text is drawn, so no font is needed on a headless machine).
 */
final class ChartDrawing {

    static final int ROW = 20;
    private static final int LABEL = 280;
    private static final int PLOT = 420;
    private static final int VALUE = 110;
    /** The PNG's width in pixels. */
    static final int PNG_WIDTH = 440;
    private static final String ACTUAL_COLOUR = "#2b6cb0";
    private static final String TARGET_COLOUR = "#c53030";

    private ChartDrawing() {
    }

    /** The largest value the axis shows: 100 %, or more when a value or target is above it. */
    private static double axisMax(ReportChart chart) {
        double max = 100;
        for (ReportChart.Bar b : chart.bars()) {
            max = Math.max(max, b.actual() == null ? 0 : b.actual().doubleValue());
            max = Math.max(max, b.target() == null ? 0 : b.target().doubleValue());
        }
        return max;
    }

    private static double x(BigDecimal v, double max) {
        return Math.max(0, Math.min(PLOT, v.doubleValue() / max * PLOT));
    }

    static String svg(ReportChart chart, Lang lang) {
        double max = axisMax(chart);
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
                    .append(Cells.text(BigDecimal.valueOf(Math.round(v)), ColumnType.PERCENT, lang)).append("</text>\n");
        }
        int y = top;
        for (ReportChart.Bar b : chart.bars()) {
            s.append("<g class=\"bar\"><text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\">").append(ReportRenderer.esc(b.label())).append("</text>");
            if (b.actual() != null) {
                s.append("<rect class=\"actual\" x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"")
                        .append(fmt(x(b.actual(), max))).append("\" height=\"12\" fill=\"").append(ACTUAL_COLOUR).append("\"/>");
            }
            if (b.target() != null) {
                double tx = LABEL + x(b.target(), max);
                s.append("<line class=\"target\" x1=\"").append(fmt(tx)).append("\" y1=\"").append(y + 1).append("\" x2=\"")
                        .append(fmt(tx)).append("\" y2=\"").append(y + ROW - 1).append("\" stroke=\"").append(TARGET_COLOUR)
                        .append("\" stroke-width=\"3\"/>");
            }
            String value = b.actual() == null ? Cells.notAvailable(lang) : Cells.text(b.actual(), ColumnType.PERCENT, lang);
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

    /** The bars as a PNG, {@link #ROW} pixels a bar, the first bar one row below the top (beside a header row). */
    static byte[] png(ReportChart chart) {
        double max = axisMax(chart);
        int width = PNG_WIDTH;
        int height = (chart.bars().size() + 1) * ROW;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(0xDD, 0xDD, 0xDD));
            for (int p = 0; p <= 4; p++) {
                int gx = 10 + PLOT * p / 4;
                g.drawLine(gx, ROW, gx, height);
            }
            int y = ROW;
            for (ReportChart.Bar b : chart.bars()) {
                if (b.actual() != null) {
                    g.setColor(Color.decode(ACTUAL_COLOUR));
                    g.fillRect(10, y + 4, (int) Math.round(x(b.actual(), max)), 12);
                }
                if (b.target() != null) {
                    g.setColor(Color.decode(TARGET_COLOUR));
                    g.setStroke(new BasicStroke(3));
                    int tx = 10 + (int) Math.round(x(b.target(), max));
                    g.drawLine(tx, y + 1, tx, y + ROW - 1);
                }
                y += ROW;
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
