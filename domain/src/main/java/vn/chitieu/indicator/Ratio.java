package vn.chitieu.indicator;

import java.math.BigDecimal;
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
        return percent((b, a) -> b.divide(a, PRECISION).stripTrailingZeros());
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
