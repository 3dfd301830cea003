package vn.chitieu.scoring;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.result.OnTimeDetail;
import vn.chitieu.unit.Unit;

/**
 * One scored (unit, indicator, period). {@code value} and {@code target} are in percent units;
 * {@code value} is exact (b / a to 34 significant digits) and null when not available. {@code met}
 * is null, not false, when the value or the target is missing. {@code gapPoints} is value − target
 * (negative when short). {@code dossiersNeeded} = max(0, ⌈target × a / 100⌉ − b), null without
 * counts or target. {@code rank} is the competition rank within the unit's kind, null when the
 * value is not available. {@code detail} keeps the wide on-time columns when the source had them.
 */
public record Score(
        Unit unit,
        IndicatorCode indicator,
        Period period,
        Long numerator,
        Long denominator,
        BigDecimal value,
        BigDecimal target,
        Boolean met,
        BigDecimal gapPoints,
        Long dossiersNeeded,
        Integer rank,
        Set<ScoreFlag> flags,
        OnTimeDetail detail) {

    public Score {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        flags = flags == null || flags.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(flags));
        if (rank != null && value == null) {
            throw new IllegalArgumentException("a value that is not available is not ranked");
        }
    }

    public boolean hasFlag(ScoreFlag flag) {
        return flags.contains(flag);
    }

    public boolean isAvailable() {
        return value != null;
    }

    Score withRank(Integer newRank) {
        return new Score(unit, indicator, period, numerator, denominator, value, target, met, gapPoints,
                dossiersNeeded, newRank, flags, detail);
    }
}
