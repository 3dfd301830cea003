package vn.chitieu.application.decision;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

/**
 * Set the target of {@code unit} for {@code indicator} in {@code period} (null: the decision's
 * year) in {@code decision}, as changed from the version {@code readVersion} the caller read.
 */
public record SetTargetCommand(Caller caller, DecisionId decision, long readVersion, UnitCode unit,
        IndicatorCode indicator, Period period, BigDecimal target, String reason) {

    public SetTargetCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(indicator, "indicator");
        if (target == null) {
            throw new InvalidInputException(InputProblem.at(null, 0, "target", null, "a target is required"));
        }
    }
}
