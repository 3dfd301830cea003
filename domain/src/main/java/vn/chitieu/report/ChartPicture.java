package vn.chitieu.report;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A {@link ReportChart}'s bars as a PNG, for the chart sheet of an .xlsx report: {@link #ROW} pixels a
 * bar, the first bar one row below the top (beside the sheet's header row), the actual value as a
 * blue bar and the target as a red mark, on a grid at a quarter of the axis. No text is drawn (the
 * sheet holds the figures beside it), so no font and no graphics library is needed: the pixels are
 * put by hand and encoded as PNG here, which lets the CLI and the HTTP service write the same sheet.
 */
public final class ChartPicture {

    /** Pixels a bar takes (a sheet row of {@code ROW × 0.75} points). */
    public static final int ROW = 20;
    /** The picture's width in pixels. */
    public static final int WIDTH = 440;
    private static final int LEFT = 10;
    private static final int PLOT = 420;
    private static final int ACTUAL = 0x2b6cb0;
    private static final int TARGET = 0xc53030;
    private static final int GRID = 0xdddddd;

    private ChartPicture() {
    }

    /** The largest value the axis shows: 100 %, or more when a value or target is above it. */
    public static double axisMax(ReportChart chart) {
        double max = 100;
        for (ReportChart.Bar b : chart.bars()) {
            max = Math.max(max, b.actual() == null ? 0 : b.actual().doubleValue());
            max = Math.max(max, b.target() == null ? 0 : b.target().doubleValue());
        }
        return max;
    }

    /** How far along a plot {@code width} wide {@code value} lies, on an axis up to {@code max}. */
    public static double along(BigDecimal value, double max, int width) {
        return Math.max(0, Math.min(width, value.doubleValue() / max * width));
    }

    /** The picture's height in pixels: a header row and a row per bar. */
    public static int height(ReportChart chart) {
        return (chart.bars().size() + 1) * ROW;
    }

    public static byte[] png(ReportChart chart) {
        double max = axisMax(chart);
        int width = WIDTH;
        int height = height(chart);
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, 0xffffff);
        for (int p = 0; p <= 4; p++) {
            fill(pixels, width, height, LEFT + PLOT * p / 4, ROW, 1, height - ROW, GRID);
        }
        int y = ROW;
        for (ReportChart.Bar b : chart.bars()) {
            if (b.actual() != null) {
                fill(pixels, width, height, LEFT, y + 4, (int) Math.round(along(b.actual(), max, PLOT)), 12, ACTUAL);
            }
            if (b.target() != null) {
                int tx = LEFT + (int) Math.round(along(b.target(), max, PLOT));
                fill(pixels, width, height, tx - 1, y + 1, 3, ROW - 2, TARGET);
            }
            y += ROW;
        }
        return encode(pixels, width, height);
    }

    private static void fill(int[] pixels, int width, int height, int x, int y, int w, int h, int rgb) {
        for (int row = Math.max(0, y); row < Math.min(height, y + h); row++) {
            for (int col = Math.max(0, x); col < Math.min(width, x + w); col++) {
                pixels[row * width + col] = rgb;
            }
        }
    }

    /** 8-bit RGB, no interlace, every scanline unfiltered, one IDAT chunk. */
    static byte[] encode(int[] pixels, int width, int height) {
        byte[] raw = new byte[height * (1 + width * 3)];
        int i = 0;
        for (int row = 0; row < height; row++) {
            raw[i++] = 0;
            for (int col = 0; col < width; col++) {
                int rgb = pixels[row * width + col];
                raw[i++] = (byte) (rgb >> 16);
                raw[i++] = (byte) (rgb >> 8);
                raw[i++] = (byte) rgb;
            }
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try {
            deflater.setInput(raw);
            deflater.finish();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                zipped.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] header = new byte[13];
        put(header, 0, width);
        put(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = 2; // truecolour
        chunk(out, "IHDR", header);
        chunk(out, "IDAT", zipped.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] length = new byte[4];
        put(length, 0, data.length);
        out.writeBytes(length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        byte[] sum = new byte[4];
        put(sum, 0, (int) crc.getValue());
        out.writeBytes(sum);
    }

    private static void put(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
