package vn.chitieu.text;

import java.math.BigDecimal;

/**
 * How large, how fine and how long a number that enters chitieu may be: every count, rate, target,
 * weight, readiness, cap and policy value of a file, a cell, a YAML key, a JSON body or an option.
 * The bounds are far beyond any real value (no province has 10^15 dossiers; no target needs 21
 * decimals) and they are checked on the number as written, before any arithmetic: a number like
 * {@code 1e-999999999} is cheap to hold but makes {@link BigDecimal} arithmetic, printing and the
 * database driver burn CPU, run out of memory or fail mid-statement.
 */
public final class NumberBounds {

    /** At most this many digits after the decimal point (trailing zeros aside). */
    public static final int MAX_DECIMALS = 20;

    /** At most this many digits before the decimal point: a number is below 10^15 in size. */
    public static final int MAX_INTEGER_DIGITS = 15;

    /** At most this many characters in a written number (sign, separators and digits). */
    public static final int MAX_LENGTH = 64;

    private NumberBounds() {
    }

    /**
     * {@code value} when it is within the bounds, with trailing zeros removed when they are what
     * makes it too fine ({@code 1.000…0} with 30 zeros is 1); refused otherwise, naming
     * {@code text}, the number as it was written.
     *
     * @throws UnreadableNumberException when the number is too large or has too many decimals
     */
    public static BigDecimal check(String text, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() == 0) {
            return value.scale() > MAX_DECIMALS || value.scale() < 0 ? BigDecimal.ZERO : value;
        }
        // scale and precision are cheap for the numbers that reach here: the unscaled value of a
        // written number is short (MAX_LENGTH); only its exponent can be huge
        long scale = value.scale();
        long precision = value.precision();
        if (precision - scale > MAX_INTEGER_DIGITS) {
            throw new UnreadableNumberException(text, "too large: a number here is below 10^" + MAX_INTEGER_DIGITS
                    + " (at most " + MAX_INTEGER_DIGITS + " digits before the decimal point)");
        }
        if (scale <= MAX_DECIMALS) {
            return value;
        }
        BigDecimal stripped = precision <= MAX_LENGTH ? value.stripTrailingZeros() : value;
        if (stripped.scale() > MAX_DECIMALS) {
            throw new UnreadableNumberException(text, "too many decimals: a number here has at most " + MAX_DECIMALS
                    + " digits after the decimal point");
        }
        return stripped;
    }

    /**
     * Refuses a written number longer than {@link #MAX_LENGTH} characters, before it is parsed.
     *
     * @throws UnreadableNumberException when {@code text} is too long
     */
    public static void checkLength(String text) {
        if (text != null && text.length() > MAX_LENGTH) {
            throw new UnreadableNumberException(shortened(text), "too long (" + text.length()
                    + " characters): a number has at most " + MAX_LENGTH + " characters");
        }
    }

    /** The start and the end of a long text, to name it in a message without repeating all of it. */
    public static String shortened(String text) {
        return text.length() <= MAX_LENGTH ? text
                : text.substring(0, MAX_LENGTH / 2) + "…" + text.substring(text.length() - 8) + " (" + text.length()
                        + " characters)";
    }
}
