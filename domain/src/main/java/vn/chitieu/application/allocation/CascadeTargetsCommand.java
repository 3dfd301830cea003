package vn.chitieu.application.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.allocation.AllocationPolicy;
import vn.chitieu.allocation.Cascade;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.unit.UnitCode;

/**
 * Split {@code parent}'s {@code target} (percent, written in {@code targetField} as
 * {@code targetText}; null: as the number) over
 * {@code children} with {@code policy}. {@code caller} is null for a local user, who may cascade
 * any units, registered or not.
 */
public record CascadeTargetsCommand(Caller caller, UnitCode parent, BigDecimal target, String targetField,
        String targetText, AllocationPolicy policy, List<ChildRequest> children) {

    public CascadeTargetsCommand {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(targetField, "targetField");
        Cascade.requireTarget(target, targetField,
                targetText != null ? targetText : target == null ? null : target.toPlainString());
        if (policy == null) {
            throw new InvalidInputException(InputProblem.at(null, 0, "policy", null,
                    "a cascade needs a policy (growth, granularity, cap, floors…)"));
        }
        if (children == null || children.isEmpty()) {
            throw new InvalidInputException(InputProblem.at(null, 0, "children", null, "a cascade needs at least one child"));
        }
        children = List.copyOf(children);
    }
}
