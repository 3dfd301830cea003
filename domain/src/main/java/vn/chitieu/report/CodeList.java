package vn.chitieu.report;

import java.util.Collection;
import java.util.List;

/**
 * Several codes in one cell (a row's flags, a group's kinds): tables and reports show their
 * labels in the reader's language joined by ", ", CSV the codes joined by {@code plainSeparator}.
 */
public record CodeList(List<?> codes, String plainSeparator) {

    public CodeList {
        codes = List.copyOf(codes);
    }

    /** The codes, or null when there are none (an empty cell). */
    public static CodeList of(Collection<?> codes, String plainSeparator) {
        return codes == null || codes.isEmpty() ? null : new CodeList(List.copyOf(codes), plainSeparator);
    }
}
