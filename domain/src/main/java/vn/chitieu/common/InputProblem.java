package vn.chitieu.common;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with an input: where it is (file, line, column), the offending value and why
 * it is refused. Line numbers are 1-based as an editor shows them; a problem about the whole
 * file has line 0 and no column. The reason is English; a problem built from a {@link Message}
 * also reads in Vietnamese ({@link #reason(Locale)}, {@link #describe(Locale)}).
 */
public record InputProblem(String file, int line, String column, String value, String reason, Message message) {

    public InputProblem {
        if (reason == null && message != null) {
            reason = message.english();
        }
        Objects.requireNonNull(reason, "reason");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    /** A problem whose reason is English only. */
    public InputProblem(String file, int line, String column, String value, String reason) {
        this(file, line, column, value, reason, null);
    }

    public static InputProblem ofFile(String file, String reason) {
        return new InputProblem(file, 0, null, null, reason);
    }

    public static InputProblem ofFile(String file, Message reason) {
        return new InputProblem(file, 0, null, null, null, reason);
    }

    public static InputProblem at(String file, int line, String column, String value, String reason) {
        return new InputProblem(file, line, column, value, reason);
    }

    public static InputProblem at(String file, int line, String column, String value, Message reason) {
        return new InputProblem(file, line, column, value, null, reason);
    }

    /** The reason in {@code locale}: the message's text, else the English reason as the bundle translates it. */
    public String reason(Locale locale) {
        return message == null ? Texts.translate(reason, locale) : message.text(locale);
    }

    /** {@code file:line: column 'x', value 'v': reason}, leaving out the parts that are unknown. */
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
            s.append(en ? "column '" : "cột '").append(column).append("'");
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
