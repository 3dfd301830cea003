package vn.chitieu.decision;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

/**
 * One target of a decision for a {@link UnitGroup} (seed 001: "UBND cấp xã" → 15 % digitization),
 * with the appendix context of {@link Assignment}. A unit of the group with no target of its own
 * for (indicator, period) in the same decision gets this one ({@link Decision#effectiveTarget}).
 */
public record GroupAssignment(
        UnitGroup group,
        IndicatorCode indicator,
        Period period,
        BigDecimal target,
        String unitOfMeasure,
        UnitCode leadUnit,
        String leadUnitName,
        UnitCode coordinatingUnit,
        String coordinatingUnitName,
        String legalBasis,
        String reason) {

    public GroupAssignment {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        Assignment.requireTarget(target);
        unitOfMeasure = DecisionTexts.optional("unitOfMeasure", unitOfMeasure, DecisionTexts.SHORT);
        leadUnitName = DecisionTexts.optional("leadUnit", leadUnitName, DecisionTexts.SHORT);
        coordinatingUnitName = DecisionTexts.optional("coordinatingUnit", coordinatingUnitName, DecisionTexts.SHORT);
        legalBasis = DecisionTexts.optional("legalBasis", legalBasis, DecisionTexts.LONG);
        reason = DecisionTexts.optional("reason", reason, DecisionTexts.LONG);
    }

    public static GroupAssignment of(UnitGroup group, IndicatorCode indicator, Period period, BigDecimal target) {
        return new GroupAssignment(group, indicator, period, target, null, null, null, null, null, null, null);
    }

    public Key key() {
        return new Key(group.key(), indicator, period);
    }

    /** What {@code unit}, a member of the group, is assigned by it: an {@link Assignment} with the same context. */
    public Assignment toUnit(UnitCode unit, Period asPeriod) {
        return new Assignment(unit, indicator, asPeriod, target, null, null, null, leadUnit, coordinatingUnit, reason,
                unitOfMeasure, leadUnitName, coordinatingUnitName, legalBasis);
    }

    /** The natural key of a group target inside its decision: the group's coverage, the indicator, the period. */
    public record Key(String group, IndicatorCode indicator, Period period) {
    }
}
