package vn.chitieu.cli.output;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.ReportValue;
import vn.chitieu.table.CsvStyle;
import vn.chitieu.text.FormulaGuard;
import vn.chitieu.text.NumberReader;

/**
 * How report values print: Vietnamese {@code 99,96%} and {@code 38.122}, English {@code 99.96%}
 * and {@code 38,122}. Percentages and decimals are shown with at most two decimals, rounded half
 * up (the exact values stay in JSON); a value that is not available prints as
 * "Không có hồ sơ phát sinh" / "no dossiers".
 */
public final class Cells {

    /** Decimals shown for percentages and decimals in human-readable formats. */
    public static final int DISPLAY_SCALE = 2;

    private Cells() {
    }

    public static String text(Object value, ColumnType type, Lang lang) {
        if (value == null) {
            return "";
        }
        if (value == ReportValue.NOT_AVAILABLE) {
            return notAvailable(lang);
        }
        if (value instanceof Boolean b) {
            return lang == Lang.EN ? (b ? "yes" : "no") : (b ? "Đạt" : "Không đạt");
        }
        if (!(value instanceof Number n)) {
            return value.toString();
        }
        BigDecimal d = decimal(n);
        return switch (type) {
            case COUNT -> grouped(d.setScale(0, RoundingMode.HALF_UP).toBigInteger(), lang);
            case PERCENT -> plainLocalized(display(d), lang) + "%";
            case DECIMAL -> plainLocalized(display(d), lang);
            case TEXT -> d.toPlainString();
        };
    }

    /**
     * The value as a plain machine-readable string (CSV): {@code 99.96}, {@code 38122}; text that a
     * spreadsheet would run as a formula ({@code =HYPERLINK(…)}) gets a leading {@code '}
     * ({@link FormulaGuard}), numbers never do.
     */
    public static String plain(Object value, ColumnType type, Lang lang) {
        if (value == null) {
            return "";
        }
        if (value == ReportValue.NOT_AVAILABLE) {
            return lang == Lang.EN ? "" : NumberReader.NO_DOSSIERS;
        }
        if (value instanceof Number n) {
            return decimal(n).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        return FormulaGuard.neutralise(value.toString());
    }

    /** The value as a CSV cell of a report in {@code style} ({@link CsvStyle#shown}); not available as {@link #plain} says. */
    public static String csv(Object value, Lang lang, CsvStyle style) {
        if (value == ReportValue.NOT_AVAILABLE) {
            return lang == Lang.EN ? "" : NumberReader.NO_DOSSIERS;
        }
        return style.shown(value);
    }

    public static String notAvailable(Lang lang) {
        return lang == Lang.EN ? "no dossiers" : NumberReader.NO_DOSSIERS;
    }

    public static boolean isNumeric(ColumnType type) {
        return type == ColumnType.COUNT || type == ColumnType.PERCENT || type == ColumnType.DECIMAL;
    }

    static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return BigDecimal.valueOf(n.longValue());
        }
        throw new IllegalArgumentException("reports hold exact numbers only, not " + n.getClass().getSimpleName());
    }

    private static BigDecimal display(BigDecimal d) {
        BigDecimal r = d.scale() > DISPLAY_SCALE ? d.setScale(DISPLAY_SCALE, RoundingMode.HALF_UP) : d;
        r = r.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    private static String plainLocalized(BigDecimal d, Lang lang) {
        String s = d.toPlainString();
        return lang == Lang.VI ? s.replace('.', ',') : s;
    }

    private static String grouped(BigInteger n, Lang lang) {
        String digits = n.abs().toString();
        StringBuilder out = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append(lang == Lang.VI ? '.' : ',').append(digits, i, i + 3);
        }
        return (n.signum() < 0 ? "-" : "") + out;
    }
}
