package vn.chitieu.common;

import java.util.Objects;

/**
 * One thing wrong with an input: where it is (file, line, column), the offending value and why
 * it is refused. Line numbers are 1-based as an editor shows them; a problem about the whole
 * file has line 0 and no column.
 */
public record InputProblem(String file, int line, String column, String value, String reason) {

    public InputProblem {
        Objects.requireNonNull(reason, "reason");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    public static InputProblem ofFile(String file, String reason) {
        return new InputProblem(file, 0, null, null, reason);
    }

    public static InputProblem at(String file, int line, String column, String value, String reason) {
        return new InputProblem(file, line, column, value, reason);
    }

    /** {@code file:line: column 'x', value 'v': reason}, leaving out the parts that are unknown. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (file != null) {
            s.append(file);
        }
        if (line > 0) {
            s.append(s.length() > 0 ? ":" : "line ").append(line);
        }
        if (s.length() > 0) {
            s.append(": ");
        }
        if (column != null) {
            s.append("column '").append(column).append("'");
        }
        if (value != null) {
            s.append(column != null ? ", " : "").append("value '").append(value).append("'");
        }
        if (column != null || value != null) {
            s.append(": ");
        }
        return s.append(reason).toString();
    }
}
