package vn.chitieu.text;

/**
 * Guards text written to a CSV cell against spreadsheet formula injection (OWASP "CSV Injection"):
 * a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return would be run as a formula when the file is opened in Excel or LibreOffice
 * ({@code =HYPERLINK(…)}, {@code +cmd|…}), so it gets a leading {@code '}, which spreadsheets show
 * as text. Only text is guarded: numbers ({@code -5} in a numeric column) are written as they are.
 * {@link #restore} undoes it when such a file is read back, so an export imports unchanged.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /** True when a spreadsheet would read {@code text} as a formula. */
    public static boolean startsLikeAFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** {@code text} with a leading {@code '} when it starts like a formula; unchanged otherwise (null stays null). */
    public static String neutralise(String text) {
        return startsLikeAFormula(text) ? "'" + text : text;
    }

    /** The text {@link #neutralise} was given: a {@code '} before a formula's first character is dropped. */
    public static String restore(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == '\'' && startsLikeAFormula(text.substring(1))
                ? text.substring(1) : text;
    }
}
