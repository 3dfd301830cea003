package vn.chitieu.decision;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

/**
 * One target of a decision: (unit, indicator, period) → target, with the context an appendix
 * prints: the baseline (null when not available, "Không có hồ sơ phát sinh"), its period, the
 * number of eligible procedures, lead and coordinating units, and for a manual target the reason.
 * Targets of ratio indicators are in percent units.
 */
public record Assignment(
        UnitCode unit,
        IndicatorCode indicator,
        Period period,
        BigDecimal target,
        BigDecimal baseline,
        Period baselinePeriod,
        Integer procedures,
        UnitCode leadUnit,
        UnitCode coordinatingUnit,
        String reason) {

    public Assignment {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(target, "target");
        if (target.signum() < 0) {
            throw new IllegalArgumentException("a target cannot be negative: " + target.toPlainString());
        }
        if (procedures != null && procedures < 0) {
            throw new IllegalArgumentException("# procedures cannot be negative: " + procedures);
        }
        if (reason != null && reason.isBlank()) {
            reason = null;
        }
    }

    public static Assignment of(UnitCode unit, IndicatorCode indicator, Period period, BigDecimal target) {
        return new Assignment(unit, indicator, period, target, null, null, null, null, null, null);
    }

    public Key key() {
        return new Key(unit, indicator, period);
    }

    public Assignment withTarget(BigDecimal newTarget, String newReason) {
        return new Assignment(unit, indicator, period, newTarget, baseline, baselinePeriod, procedures,
                leadUnit, coordinatingUnit, newReason);
    }

    /** The natural key of an assignment inside its decision. */
    public record Key(UnitCode unit, IndicatorCode indicator, Period period) {
        public Key {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(period, "period");
        }
    }
}
