package vn.chitieu.cli.output;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.stream.Collectors;
import vn.chitieu.common.Message;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.report.CodeList;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.ReportValue;
import vn.chitieu.table.CsvStyle;
import vn.chitieu.text.FormulaGuard;
import vn.chitieu.text.NumberReader;

/**
 * How report values print: Vietnamese {@code 99,96} and {@code 38.122}, English {@code 99.96}
 * and {@code 38,122}. Percentages print bare under a header that says {@code (%)}
 * ({@link vn.chitieu.report.ReportColumn}); percentages and decimals are shown with at most two
 * decimals, rounded half up (the exact values stay in JSON); a value that is not available prints
 * as "Không có hồ sơ phát sinh" / "no dossiers"; a period as people read it ("Quý I/2018",
 * "Q1 2018"); a Boolean as Đạt / Không đạt in a {@link ColumnType#MET} column and Có / Không
 * elsewhere (Met / Not met, Yes / No).
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
            return yesNo(b, type, lang);
        }
        if (value instanceof Enum<?> code) {
            return lang.label(code);
        }
        if (value instanceof vn.chitieu.common.Labelled labelled) {
            return labelled.label(lang.code());
        }
        if (value instanceof Message m) {
            return m.text(lang.locale());
        }
        if (value instanceof IndicatorCode code) {
            return indicatorName(code, lang);
        }
        if (value instanceof CodeList codes) {
            return codes.codes().stream().map(c -> text(c, ColumnType.TEXT, lang)).collect(Collectors.joining(", "));
        }
        if (!(value instanceof Number n)) {
            return value.toString();
        }
        BigDecimal d = decimal(n);
        return switch (type) {
            case COUNT -> grouped(d.setScale(0, RoundingMode.HALF_UP).toBigInteger(), lang);
            case PERCENT, DECIMAL -> plainLocalized(display(d), lang);
            case TEXT, MET -> d.toPlainString();
        };
    }

    /** A Boolean in words: Đạt / Không đạt (Met / Not met) in a {@link ColumnType#MET} column, Có / Không (Yes / No) elsewhere. */
    public static String yesNo(boolean b, ColumnType type, Lang lang) {
        return type == ColumnType.MET ? lang.text(b ? "label.met" : "label.notMet") : lang.text(b ? "label.yes" : "label.no");
    }

    /** A percentage inside a sentence or on a chart's axis, where no header says (%): {@code 99,96%} / {@code 99.96%}. */
    public static String percentInText(BigDecimal value, Lang lang) {
        return plainLocalized(display(value), lang) + "%";
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
        if (value instanceof Enum<?> code) {
            return code.name();
        }
        if (value instanceof IndicatorCode code) {
            return code.value();
        }
        if (value instanceof CodeList codes) {
            return codes.codes().stream().map(c -> plain(c, ColumnType.TEXT, lang)).collect(Collectors.joining(codes.plainSeparator()));
        }
        if (value instanceof Message m) {
            return FormulaGuard.neutralise(m.text(lang.locale()));
        }
        return FormulaGuard.neutralise(value.toString());
    }

    /**
     * The value as a CSV cell of a report in {@code style} ({@link CsvStyle#shown}); not available as
     * {@link #plain} says; a Boolean outside a {@link ColumnType#MET} column, in the words of the Excel
     * style, as Có / Không (Yes / No).
     */
    public static String csv(Object value, ColumnType type, Lang lang, CsvStyle style) {
        if (value == ReportValue.NOT_AVAILABLE) {
            return lang == Lang.EN ? "" : NumberReader.NO_DOSSIERS;
        }
        if (value instanceof Boolean b && type != ColumnType.MET && !style.yes().equals(Boolean.TRUE.toString())) {
            return yesNo(b, type, lang);
        }
        if (value instanceof Number || value instanceof Boolean || value == null) {
            return style.shown(value);
        }
        return plain(value, ColumnType.TEXT, lang); // codes, code lists and messages as the import reads them
    }

    /** The indicator's name inside a sentence: its first letter lower-cased (ACRONYMS kept). */
    public static String indicatorInText(IndicatorCode code, Lang lang) {
        String name = indicatorName(code, lang);
        if (name.equals(code.value()) || name.length() < 2 || Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** The indicator's name in {@code lang} from the built-in catalogue, else its code. */
    public static String indicatorName(IndicatorCode code, Lang lang) {
        return IndicatorCatalogue.builtIn().find(code).map(i -> lang == Lang.EN ? i.nameEn() : i.nameVi())
                .orElse(code.value());
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

    /** The number with its thousands grouped and its decimal mark as {@code lang} writes them (13.050,5 / 13,050.5). */
    private static String plainLocalized(BigDecimal d, Lang lang) {
        String s = d.abs().toPlainString();
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String fraction = dot < 0 ? "" : (lang == Lang.VI ? "," : ".") + s.substring(dot + 1);
        return (d.signum() < 0 ? "-" : "") + grouped(new BigInteger(whole), lang) + fraction;
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
