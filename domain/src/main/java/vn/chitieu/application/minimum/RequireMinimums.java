package vn.chitieu.application.minimum;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.chitieu.allocation.BelowMinimumException;
import vn.chitieu.allocation.Minimums;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.port.out.LegalMinimums;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitTree;

/**
 * The check a decision passes before it is issued (issue 12): no target of it below the stored
 * legal minimum for its unit's kind and indicator ({@link BelowMinimumException} lists every
 * one: unit, indicator, period, target, minimum, source). A target of a unit that is not in the
 * registry has no kind and is not checked.
 */
public final class RequireMinimums {

    private final LegalMinimums minimums;

    public RequireMinimums(LegalMinimums minimums) {
        this.minimums = Objects.requireNonNull(minimums, "minimums");
    }

    /** Refuses {@code decision} when a target of it, its own or a group's spread over the units of the group, is below its minimum. */
    public void check(Decision decision, UnitTree tree) {
        Minimums inForce = minimums.all();
        if (inForce.isEmpty()) {
            return;
        }
        List<Minimums.Target> targets = new ArrayList<>();
        for (Assignment a : decision.effectiveTargets(tree).values()) {
            Unit unit = tree.find(a.unit()).orElse(null);
            if (unit != null) {
                targets.add(new Minimums.Target(a.unit(), unit.kind(), a.indicator(), a.period(), a.target()));
            }
        }
        inForce.requireMet(targets);
    }
}
