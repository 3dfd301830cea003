package vn.chitieu.common;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with an input: where it is (file, line, column), the offending value and why
 * it is refused. Line numbers are 1-based as an editor shows them; a problem about the whole
 * file has line 0 and no column. The reason is English; {@link #reason(Locale)} and {@link #describe(Locale)}
 * read it in Vietnamese too, as the bundle translates it.
 */
public record InputProblem(String file, int line, String column, String value, String reason) {

    /** A value longer than this is shown by its beginning and "…": a cell of a megabyte is not echoed back whole. */
    public static final int SHOWN_VALUE = 120;

    public InputProblem {
        Objects.requireNonNull(reason, "reason");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
        if (value != null && value.length() > SHOWN_VALUE) {
            int end = Character.isHighSurrogate(value.charAt(SHOWN_VALUE - 1)) ? SHOWN_VALUE - 1 : SHOWN_VALUE;
            value = value.substring(0, end) + "…";
        }
    }

    public static InputProblem ofFile(String file, String reason) {
        return new InputProblem(file, 0, null, null, reason);
    }

    public static InputProblem at(String file, int line, String column, String value, String reason) {
        return new InputProblem(file, line, column, value, reason);
    }

    /** The reason in {@code locale}: the English reason as the bundle translates it. */
    public String reason(Locale locale) {
        return Texts.translate(reason, locale);
    }

    /**
     * {@code file:line: column 'x', value 'v': reason}, leaving out the parts that are unknown; {@code option '--x'}
     * for a command's option, {@code field 'x'} for a field of a request (a problem of no file).
     */
    public String describe() {
        return describe(Texts.EN);
    }

    /** {@link #describe()} in {@code locale}: {@code file:dòng: cột 'x', giá trị 'v': lý do} in Vietnamese. */
    public String describe(Locale locale) {
        boolean en = Texts.english(locale);
        StringBuilder s = new StringBuilder();
        if (file != null) {
            s.append(file);
        }
        if (line > 0) {
            s.append(s.length() > 0 ? ":" : en ? "line " : "dòng ").append(line);
        }
        if (s.length() > 0) {
            s.append(": ");
        }
        if (column != null) {
            // a command's option (--target 195) is not a column of any file, nor is a field of a request (no file)
            boolean option = column.startsWith("--");
            boolean field = !option && file == null && line == 0;
            s.append(option ? (en ? "option '" : "tùy chọn '") : field ? (en ? "field '" : "trường '")
                    : en ? "column '" : "cột '").append(column).append("'");
        }
        if (value != null) {
            s.append(column != null ? ", " : "").append(en ? "value '" : "giá trị '").append(value).append("'");
        }
        if (column != null || value != null) {
            s.append(": ");
        }
        return s.append(reason(locale)).toString();
    }
}
