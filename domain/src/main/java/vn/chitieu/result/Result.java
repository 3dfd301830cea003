package vn.chitieu.result;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.indicator.Ratio;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

/**
 * An actual result of a unit for an indicator in a period, as exported by the one-stop system:
 * counts (numerator b, denominator a), or only a printed rate when the source has no counts
 * (baselines such as {@code 99,96%}). Both counts null and rate null means not available
 * ("Không có hồ sơ phát sinh"). {@code detail} is present for the wide on-time form.
 */
public record Result(UnitCode unit, IndicatorCode indicator, Period period, Long numerator, Long denominator,
        BigDecimal rate, Integer procedures, OnTimeDetail detail) {

    public Result {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        if ((numerator == null) != (denominator == null)) {
            throw new IllegalArgumentException("numerator and denominator come together");
        }
        if (numerator != null && (numerator < 0 || denominator < 0)) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        if (numerator != null && rate != null) {
            throw new IllegalArgumentException("a result has counts or a rate, not both");
        }
    }

    public static Result ofCounts(UnitCode unit, IndicatorCode indicator, Period period, long numerator,
            long denominator) {
        return new Result(unit, indicator, period, numerator, denominator, null, null, null);
    }

    public static Result ofRate(UnitCode unit, IndicatorCode indicator, Period period, BigDecimal rate) {
        return new Result(unit, indicator, period, null, null, rate, null, null);
    }

    public boolean hasCounts() {
        return numerator != null;
    }

    /** The counts as a ratio; only when {@link #hasCounts()}. */
    public Ratio ratio() {
        if (numerator == null) {
            throw new IllegalStateException("result of " + unit + " has no counts");
        }
        return new Ratio(numerator, denominator);
    }

    /** The value in percent units: from the counts when there are any, else the printed rate; null when not available. */
    public BigDecimal value() {
        if (numerator != null) {
            return ratio().percentValue().orElse(null);
        }
        return rate;
    }

    public Key key() {
        return new Key(unit, indicator, period);
    }

    /**
     * The natural key of a result: (unit, indicator, period). Its hash spreads well: a record's own
     * hash combines its parts with 31, so that unit "xa-2" of one year and "xa-1" of the next
     * collide; with a million rows only a third of the hashes were distinct.
     */
    public record Key(UnitCode unit, IndicatorCode indicator, Period period) {

        @Override
        public int hashCode() {
            int h = unit.hashCode();
            h = h * 0x9E3779B1 + indicator.hashCode();
            h = h * 0x9E3779B1 + period.year() * 16 + period.index();
            return h ^ (h >>> 15) ^ period.type().ordinal();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && unit.equals(k.unit) && indicator.equals(k.indicator) && period.equals(k.period);
        }
    }
}
