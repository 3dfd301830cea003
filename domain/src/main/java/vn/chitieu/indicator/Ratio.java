package vn.chitieu.indicator;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.BinaryOperator;

/**
 * b / a as exact counts. A denominator of 0 ("Không có hồ sơ phát sinh") means the value is not
 * available, which is not 0 %.
 */
public record Ratio(long numerator, long denominator) {

    /** Enough digits that a printed or compared value is never affected by the division. */
    private static final MathContext PRECISION = new MathContext(34, RoundingMode.HALF_EVEN);

    public Ratio {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + numerator + "/" + denominator);
        }
    }

    public boolean isAvailable() {
        return denominator > 0;
    }

    /** b / a × 100 in percent units, to 34 significant digits; empty when a = 0. May exceed 100 when b > a. */
    public Optional<BigDecimal> percentValue() {
        if (denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(numerator <= MAX_FAST && denominator <= MAX_FAST ? percent34(numerator * 100, denominator)
                : BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(denominator), PRECISION).stripTrailingZeros());
    }

    /** The largest counts {@link #percent34} divides in longs: b × 100 and ten times a remainder below a fit. */
    private static final long MAX_FAST = Long.MAX_VALUE / 100;
    private static final BigInteger[] POWERS = java.util.stream.IntStream.rangeClosed(0, 19)
            .mapToObj(BigInteger.TEN::pow).toArray(BigInteger[]::new);

    /**
     * {@code n / a} to 34 significant digits, rounded half to even, without trailing zeros: what
     * {@code divide(a, 34 digits, HALF_EVEN).stripTrailingZeros()} gives, by long division one digit
     * at a time (no BigInteger divided: a scoreboard of a million rows divides a million times).
     */
    static BigDecimal percent34(long n, long a) {
        if (n == 0) {
            return BigDecimal.ZERO;
        }
        long q = n / a;
        long r = n % a;
        long high = 0; // the first 17 significant digits
        long low = 0; // the next ones, up to 17
        int digits = 0; // significant digits so far
        int lowDigits = 0;
        int scale = 0;
        if (q > 0) {
            String integer = Long.toString(q);
            digits = integer.length();
            if (digits <= 17) {
                high = q;
            } else { // 18 or 19 digits: 17 high, the rest low
                high = q / pow10(digits - 17);
                low = q % pow10(digits - 17);
                lowDigits = digits - 17;
            }
        }
        while (digits < 34 && r != 0) {
            r *= 10; // r < a ≤ 2^63 / 100: no overflow
            long d = r / a;
            r %= a;
            scale++;
            if (digits == 0 && d == 0) {
                continue; // a leading zero after the point: not significant
            }
            if (digits < 17) {
                high = high * 10 + d;
            } else {
                low = low * 10 + d;
                lowDigits++;
            }
            digits++;
        }
        long last = lowDigits > 0 ? low % 10 : high % 10;
        if (r != 0) { // rounded: the rest r / a of the last digit's unit, against one half
            long twice = r * 2; // r < a ≤ 2^63 / 100: no overflow
            boolean up = twice > a || (twice == a && (last & 1) == 1);
            if (up) {
                if (lowDigits > 0) {
                    low++;
                    if (low == pow10(lowDigits)) { // ...999 + 1 carries into the high digits
                        low = 0;
                        high++;
                    }
                } else {
                    high++;
                }
                last = (lowDigits > 0 ? low : high) % 10;
            }
        }
        // scale counts every digit after the point; the integer digits beyond 17 moved to low keep it
        BigDecimal value = lowDigits == 0 ? BigDecimal.valueOf(high, scale)
                : lowDigits <= 1 && high < Long.MAX_VALUE / 10 ? BigDecimal.valueOf(high * 10 + low, scale)
                : new BigDecimal(BigInteger.valueOf(high).multiply(POWERS[lowDigits]).add(BigInteger.valueOf(low)), scale);
        return last == 0 ? value.stripTrailingZeros() : value;
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    /** The percentage rounded to {@code scale} decimals with {@code mode}; empty when a = 0. */
    public Optional<BigDecimal> percentValue(int scale, RoundingMode mode) {
        return percent((b, a) -> b.divide(a, scale, mode));
    }

    /** {@code divide} of b × 100 by a; empty when a = 0. */
    private Optional<BigDecimal> percent(BinaryOperator<BigDecimal> divide) {
        return denominator == 0 ? Optional.empty()
                : Optional.of(divide.apply(BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100)),
                        BigDecimal.valueOf(denominator)));
    }
}
