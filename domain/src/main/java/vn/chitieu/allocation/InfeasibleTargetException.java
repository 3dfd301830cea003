package vn.chitieu.allocation;

import java.math.BigDecimal;

/**
 * A parent's target that its children cannot reach even with every child at its cap. Carries the
 * best reachable weighted value and the plan that reaches it.
 */
public class InfeasibleTargetException extends vn.chitieu.common.DomainRefusal {

    private static final long serialVersionUID = 1L;

    private final transient CascadePlan plan;

    public InfeasibleTargetException(CascadePlan plan) {
        super("the target " + plain(plan.target()) + " % for " + plan.parent()
                + " cannot be reached: with every child at its cap the weighted value is "
                + plain(plan.bestReachable()) + " %");
        this.plan = plan;
    }

    @Override
    public String code() {
        return "INFEASIBLE_TARGET";
    }

    public BigDecimal bestReachable() {
        return plan.bestReachable();
    }

    public CascadePlan plan() {
        return plan;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "n/a" : value.stripTrailingZeros().toPlainString();
    }
}
