package vn.chitieu.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import vn.chitieu.indicator.IndicatorCode;

/**
 * How one indicator earns points (the 766 rule): points = min(1, value / fullPointsAt) × maxPoints,
 * counted in {@code group}. Values and {@code fullPointsAt} are in percent units.
 */
public record IndicatorPoints(IndicatorCode indicator, String group, BigDecimal maxPoints, BigDecimal fullPointsAt) {

    private static final MathContext PRECISION = new MathContext(34, RoundingMode.HALF_EVEN);

    public IndicatorPoints {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(group, "group of " + indicator);
        Objects.requireNonNull(maxPoints, "maxPoints of " + indicator);
        Objects.requireNonNull(fullPointsAt, "fullPointsAt of " + indicator);
        if (maxPoints.signum() <= 0) {
            throw new IllegalArgumentException(indicator + ": maximum points must be positive");
        }
        if (fullPointsAt.signum() <= 0) {
            throw new IllegalArgumentException(indicator + ": the value that earns full points must be positive");
        }
    }

    /** The points a value earns, exact to 34 digits; null when the value is not available. */
    public BigDecimal points(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.compareTo(fullPointsAt) >= 0) {
            return maxPoints;
        }
        if (value.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return value.multiply(maxPoints).divide(fullPointsAt, PRECISION).stripTrailingZeros();
    }
}
