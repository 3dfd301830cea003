package vn.chitieu.dossier;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.indicator.Ratio;
import vn.chitieu.period.Period;
import vn.chitieu.result.Result;
import vn.chitieu.unit.UnitCode;

/**
 * One computed figure of a unit's subtree: a count ({@code denominator} null, {@code value} = the
 * count) or a ratio b / a ({@code value} in percent units, null when a = 0: not available, never 0 %).
 */
public record IndicatorFigure(UnitCode unit, IndicatorCode indicator, Period period, long numerator, Long denominator) {

    public IndicatorFigure {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
    }

    public boolean isCount() {
        return denominator == null;
    }

    /** The count, or b / a × 100 exactly (34 digits), null when a = 0. */
    public BigDecimal value() {
        if (denominator == null) {
            return BigDecimal.valueOf(numerator);
        }
        return new Ratio(numerator, denominator).percentValue().orElse(null);
    }

    /**
     * As a result of the long form ({@code results.csv}): a ratio with its counts, a count as its value
     * (the form a count indicator such as EDOC_SENT takes there).
     */
    public Result toResult() {
        return denominator == null ? Result.ofRate(unit, indicator, period, BigDecimal.valueOf(numerator))
                : Result.ofCounts(unit, indicator, period, numerator, denominator);
    }
}
