package vn.chitieu.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads numbers as Vietnamese documents and exports print them (domain.md §7): {@code 99,96%}
 * (decimal comma), {@code 38.122} (thousands dot), {@code 04}, plain {@code 99.96}, and
 * {@code Không có hồ sơ phát sinh} (no dossiers arose: not available). Never guesses: a cell
 * split by OCR ({@code 1006 3}) or a separator that could mean two things is refused with the
 * reason. Every number is bounded as {@link NumberBounds} says (length, size, decimals) before it
 * is used.
 */
public final class NumberReader {

    /** The phrase the source systems print when no dossier arose: the value is not available. */
    public static final String NO_DOSSIERS = "Không có hồ sơ phát sinh";

    private static final String NO_DOSSIERS_FOLDED = VietnameseText.fold(NO_DOSSIERS);
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern SPLIT = Pattern.compile("[\\d.,]+\\s+[\\d.,]+");
    private static final Pattern EXPONENT = Pattern.compile("[-+]?\\d+(\\.\\d+)?[eE][-+]?\\d+");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");

    private NumberReader() {
    }

    /** True for the texts that mean "not available": blank, or {@value #NO_DOSSIERS} in any case or spelling of diacritics. */
    public static boolean isNotAvailable(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        if (Character.isDigit(text.strip().charAt(0))) {
            return false; // a number, as most cells are: none of the words for "not available" starts with a digit
        }
        String folded = VietnameseText.fold(text);
        return folded.equals(NO_DOSSIERS_FOLDED) || folded.equals("khong phat sinh") || folded.equals("n a");
    }

    /**
     * A percentage in percent units ({@code "99,96%"} → 99.96), with or without the sign; empty
     * when not available. A single dot is a decimal point here ({@code 99.96}); dots that group
     * thousands cannot occur in a percentage and are refused.
     */
    public static Optional<BigDecimal> percent(String text) {
        if (isNotAvailable(text)) {
            return Optional.empty();
        }
        NumberBounds.checkLength(text);
        String s = clean(text);
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        checkCharacters(text, s);
        return Optional.of(signed(text, s, u -> {
            int commas = count(u, ',');
            int dots = count(u, '.');
            if (commas == 1 && dots == 0) {
                return u.replace(',', '.');
            }
            if (commas == 0 && dots <= 1) {
                return u;
            }
            throw new UnreadableNumberException(text,
                    "a percentage has at most one decimal separator (',' or '.'), found " + (commas + dots));
        }));
    }

    /**
     * A whole count of dossiers or documents: {@code 38.122} → 38122, {@code 04} → 4. A dot must
     * group exactly three digits; a comma, a fraction or a negative number is refused.
     */
    public static long count(String text) {
        if (text == null || text.isBlank()) {
            throw new UnreadableNumberException(String.valueOf(text), "empty; a count is required");
        }
        if (isShortDigits(text)) {
            return Long.parseLong(text);
        }
        NumberBounds.checkLength(text);
        String s = clean(text);
        checkCharacters(text, s);
        if (s.startsWith("-")) {
            throw new UnreadableNumberException(text, "a count cannot be negative");
        }
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.indexOf(',') >= 0) {
            throw new UnreadableNumberException(text, "a count is a whole number; ',' is a decimal comma in Vietnamese");
        }
        if (s.indexOf('.') >= 0) {
            if (!GROUPED.matcher(s).matches()) {
                throw new UnreadableNumberException(text,
                        "a dot in a count must separate thousands (groups of three digits, e.g. 38.122)");
            }
            s = s.replace(".", "");
        }
        if (!DIGITS.matcher(s).matches()) {
            throw new UnreadableNumberException(text, "not a whole number");
        }
        if (LEADING_ZEROS.matcher(s).replaceFirst("").length() > NumberBounds.MAX_INTEGER_DIGITS) {
            throw new UnreadableNumberException(text, "too large: a count is below 10^" + NumberBounds.MAX_INTEGER_DIGITS);
        }
        return Long.parseLong(s);
    }

    /**
     * A decimal that is neither a percentage nor a count (a weight, a readiness, a growth in
     * points). {@code 1,5} and {@code 1.5} are both 1.5; {@code 1.234,5} is 1234.5. A single dot
     * followed by exactly three digits ({@code 1.000}) could be a thousands dot or a decimal point
     * and is refused as ambiguous.
     */
    public static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            throw new UnreadableNumberException(String.valueOf(text), "empty; a number is required");
        }
        NumberBounds.checkLength(text);
        String s = clean(text);
        checkCharacters(text, s);
        return signed(text, s, u -> {
            int commas = count(u, ',');
            int dots = count(u, '.');
            if (commas == 0 && dots == 0) {
                return u;
            }
            if (commas == 1 && dots == 0) {
                return u.replace(',', '.');
            }
            if (commas == 0 && dots == 1) {
                int at = u.indexOf('.');
                if (u.length() - at - 1 == 3 && at > 0 && !u.startsWith("0")) {
                    throw new UnreadableNumberException(text, "ambiguous: '" + u + "' may be "
                            + u.replace(".", "") + " (thousands dot) or " + u
                            + " (decimal point); write it without a thousands separator, or with a decimal comma");
                }
                return u;
            }
            if (commas == 1 && u.indexOf(',') > u.lastIndexOf('.')) {
                String whole = u.substring(0, u.indexOf(','));
                if (!GROUPED.matcher(whole).matches()) {
                    throw new UnreadableNumberException(text, "dots before the decimal comma must separate thousands");
                }
                return whole.replace(".", "") + "." + u.substring(u.indexOf(',') + 1);
            }
            if (commas == 0 && GROUPED.matcher(u).matches()) {
                return u.replace(".", "");
            }
            throw new UnreadableNumberException(text, "cannot tell the decimal separator from the thousands separator");
        });
    }

    /** {@code s} read as a signed number: {@code plain} turns its unsigned part into plain digits and a point. */
    private static BigDecimal signed(String text, String s, UnaryOperator<String> plain) {
        boolean signed = s.startsWith("-") || s.startsWith("+");
        return toDecimal(text, (s.startsWith("-") ? "-" : "") + plain.apply(signed ? s.substring(1) : s));
    }

    /** Plain ASCII digits below 10^15 for sure: the common case of a big export, read without the checks below. */
    private static boolean isShortDigits(String text) {
        int n = text.length();
        if (n > NumberBounds.MAX_INTEGER_DIGITS) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String clean(String text) {
        return VietnameseText.nfc(text).replace('\u2212', '-');
    }

    private static void checkCharacters(String original, String s) {
        if (hasWhitespace(s) && SPLIT.matcher(s).find()) {
            throw new UnreadableNumberException(original,
                    "a space inside the number (a cell split in two, e.g. by OCR?); cannot tell what was meant");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean sign = i == 0 && (c == '-' || c == '+');
            if (!sign && !Character.isDigit(c) && c != '.' && c != ',') {
                if ((c == 'e' || c == 'E') && EXPONENT.matcher(s).matches()) {
                    throw exponent(original, s);
                }
                throw new UnreadableNumberException(original, "not a number (unexpected '" + c + "')");
            }
            if (Character.isDigit(c) && (c < '0' || c > '9')) {
                throw new UnreadableNumberException(original, "not a number (unexpected digit '" + c + "')");
            }
        }
        if (s.isEmpty() || s.equals("-") || s.equals("+")) {
            throw new UnreadableNumberException(original, "no digits");
        }
    }

    private static BigDecimal toDecimal(String original, String plain) {
        if (!isPlainDecimal(plain)) {
            throw new UnreadableNumberException(original, "not a number");
        }
        return NumberBounds.check(original, new BigDecimal(plain));
    }

    /**
     * A number written with an exponent ({@code 1E-7}, as a spreadsheet may store it) is not read:
     * refused as out of bounds when it is, else because it should be written out in full.
     */
    private static UnreadableNumberException exponent(String original, String s) {
        try {
            NumberBounds.check(original, new BigDecimal(s));
        } catch (UnreadableNumberException outOfBounds) {
            return outOfBounds;
        } catch (NumberFormatException beyondBigDecimal) {
            return new UnreadableNumberException(original, "too large: a number here is below 10^"
                    + NumberBounds.MAX_INTEGER_DIGITS + " and has at most " + NumberBounds.MAX_DECIMALS + " decimals");
        }
        return new UnreadableNumberException(original, "written with an exponent ('E'); write the number out in full");
    }

    /** {@code -?\d+(\.\d+)?} with ASCII digits, checked without a regular expression: a file of a million numbers. */
    private static boolean isPlainDecimal(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int digits = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == s.length()) {
            return true;
        }
        if (s.charAt(i++) != '.') {
            return false;
        }
        int decimals = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            decimals++;
        }
        return decimals > 0 && i == s.length();
    }

    /** Whether {@code s} holds a white-space character ({@code \s}): only then can it be a cell split in two. */
    private static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
