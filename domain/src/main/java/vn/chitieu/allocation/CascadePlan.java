package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.chitieu.unit.UnitCode;

/**
 * A parent's target split over its children. When {@code feasible}, {@code delta} is the smallest
 * readiness-scaled uplift that reaches the target, and {@code achieved} is the weighted value of
 * the (rounded) targets, at least the parent's target. {@code bestReachable} is the weighted value
 * with every child at its cap; when the target is above it the plan is infeasible, has no delta,
 * and its rows show every child at its cap. Values are null when the children weigh nothing.
 */
public record CascadePlan(
        UnitCode parent,
        BigDecimal target,
        boolean feasible,
        BigDecimal delta,
        BigDecimal achieved,
        BigDecimal bestReachable,
        List<ChildTarget> rows) {

    public CascadePlan {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(target, "target");
        // the solver's own rows are already unmodifiable and held by nothing else
        rows = rows instanceof PlanRows ? rows : List.copyOf(rows);
        if (feasible != (delta != null)) {
            throw new IllegalArgumentException("a feasible plan, and only it, has a delta");
        }
    }

    /** This plan, or {@link InfeasibleTargetException} when the target cannot be reached. */
    public CascadePlan requireFeasible() {
        if (!feasible) {
            throw new InfeasibleTargetException(this);
        }
        return this;
    }
}
