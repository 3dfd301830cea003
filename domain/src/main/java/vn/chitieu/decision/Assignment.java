package vn.chitieu.decision;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

/**
 * One target of a decision: (unit, indicator, period) → target, with the context an appendix
 * prints: the baseline (null when not available, "Không có hồ sơ phát sinh"), its period, the
 * number of eligible procedures, the unit of measure ("%"), lead (chủ trì) and coordinating (phối
 * hợp) units (a registered unit's code, or, when not in the registry, the name as printed), the
 * legal basis as printed (e.g. "Mục 7.3.4 (Bảng 2 kèm theo Quyết định số 876/QĐ-BNV …)"), and for a
 * manual target the reason. Targets of ratio indicators are in percent units.
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
        String reason,
        String unitOfMeasure,
        String leadUnitName,
        String coordinatingUnitName,
        String legalBasis) {

    public Assignment {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        requireTarget(target);
        if (procedures != null && procedures < 0) {
            throw new IllegalArgumentException("# procedures cannot be negative: " + procedures);
        }
        reason = DecisionTexts.optional("reason", reason, DecisionTexts.LONG);
        unitOfMeasure = DecisionTexts.optional("unitOfMeasure", unitOfMeasure, DecisionTexts.SHORT);
        leadUnitName = DecisionTexts.optional("leadUnit", leadUnitName, DecisionTexts.SHORT);
        coordinatingUnitName = DecisionTexts.optional("coordinatingUnit", coordinatingUnitName, DecisionTexts.SHORT);
        legalBasis = DecisionTexts.optional("legalBasis", legalBasis, DecisionTexts.LONG);
    }

    /** A target with the appendix context of seeds 000 and 002 (no unit of measure, names or legal basis). */
    public Assignment(UnitCode unit, IndicatorCode indicator, Period period, BigDecimal target, BigDecimal baseline,
            Period baselinePeriod, Integer procedures, UnitCode leadUnit, UnitCode coordinatingUnit, String reason) {
        this(unit, indicator, period, target, baseline, baselinePeriod, procedures, leadUnit, coordinatingUnit, reason,
                null, null, null, null);
    }

    /** A target is given and not negative (of a unit or of a group). */
    static void requireTarget(BigDecimal target) {
        if (Objects.requireNonNull(target, "target").signum() < 0) {
            throw new IllegalArgumentException("a target cannot be negative: " + target.toPlainString());
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
                leadUnit, coordinatingUnit, newReason, unitOfMeasure, leadUnitName, coordinatingUnitName, legalBasis);
    }

    /** The same target, for {@code other} period (a year's target read for one of its quarters). */
    public Assignment forPeriod(Period other) {
        return new Assignment(unit, indicator, other, target, baseline, baselinePeriod, procedures,
                leadUnit, coordinatingUnit, reason, unitOfMeasure, leadUnitName, coordinatingUnitName, legalBasis);
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
