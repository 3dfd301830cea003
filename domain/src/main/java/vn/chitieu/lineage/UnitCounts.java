package vn.chitieu.lineage;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chitieu.unit.UnitCode;

/**
 * What a baseline or a result of one unit says: its counts (numerator b of denominator a), or,
 * when the file gave only a rate, null counts and that rate ({@code rate} null: not available).
 */
public record UnitCounts(UnitCode unit, BigDecimal numerator, BigDecimal denominator, BigDecimal rate) {

    public UnitCounts {
        Objects.requireNonNull(unit, "unit");
        if ((numerator == null) != (denominator == null)) {
            throw new IllegalArgumentException("numerator and denominator come together: " + unit);
        }
        if (numerator != null && (numerator.signum() < 0 || denominator.signum() < 0)) {
            throw new IllegalArgumentException("counts cannot be negative: " + unit);
        }
    }

    public static UnitCounts of(UnitCode unit, long numerator, long denominator) {
        return new UnitCounts(unit, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), null);
    }

    /** A rate given without its counts: it cannot be restated. */
    public static UnitCounts rateOnly(UnitCode unit, BigDecimal rate) {
        return new UnitCounts(unit, null, null, rate);
    }

    public boolean hasCounts() {
        return numerator != null;
    }
}
