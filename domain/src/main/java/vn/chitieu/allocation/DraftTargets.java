package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * Drafts a decision's targets (domain.md §5): the policy's rule for every recipient, then the
 * drafter's overrides, each row keeping the rule's target beside the final one and flagged
 * OVERRIDDEN, BELOW_BASELINE or NO_DATA.
 */
public final class DraftTargets {

    private final AllocationPolicy policy;

    public DraftTargets(AllocationPolicy policy) {
        this.policy = policy;
    }

    /**
     * The units a decision of the tree's issuer assigns to: the direct subordinates of the
     * root(s), in registry order; in a flat list of units without parents, every unit.
     */
    public static List<Unit> recipients(UnitTree tree) {
        List<Unit> roots = tree.roots();
        if (roots.size() == tree.size()) {
            return roots;
        }
        List<Unit> out = new ArrayList<>();
        for (Unit u : tree.units()) {
            if (u.parent() != null && tree.get(u.parent()).isRoot()) {
                out.add(u);
            }
        }
        return out;
    }

    /**
     * Targets for {@code recipients} in the year {@code year}. A baseline for a unit that is not
     * a recipient is ignored; an override for one is refused, since it would be silently lost.
     */
    public Allocation draft(List<Unit> recipients, List<Baseline> baselines, List<TargetOverride> overrides, int year) {
        Map<UnitCode, Baseline> baselineOf = new LinkedHashMap<>();
        for (Baseline b : baselines) {
            baselineOf.put(b.unit(), b);
        }
        Map<UnitCode, TargetOverride> overrideOf = new LinkedHashMap<>();
        for (TargetOverride o : overrides) {
            overrideOf.put(o.unit(), o);
        }
        Set<UnitCode> recipientCodes = new java.util.HashSet<>();
        recipients.forEach(u -> recipientCodes.add(u.code()));
        List<InputProblem> problems = new ArrayList<>();
        for (TargetOverride o : overrides) {
            if (!recipientCodes.contains(o.unit())) {
                problems.add(InputProblem.ofFile(null, "the override of '" + o.unit()
                        + "' names a unit that receives no target in this decision"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        Map<UnitCode, vn.chitieu.unit.UnitKind> withoutBaseline = new LinkedHashMap<>();
        for (Unit unit : recipients) {
            Baseline b = baselineOf.get(unit.code());
            if (b == null || b.value() == null) {
                withoutBaseline.put(unit.code(), unit.kind());
            }
        }
        policy.requireFloorsFor(withoutBaseline);

        List<DraftedTarget> rows = new ArrayList<>();
        for (Unit unit : recipients) {
            Baseline b = baselineOf.get(unit.code());
            BigDecimal baseline = b == null ? null : b.value();
            BigDecimal rule = policy.ruleTarget(unit.kind(), baseline);
            TargetOverride o = overrideOf.get(unit.code());
            BigDecimal target = o == null ? rule : o.target();
            Set<AllocationFlag> flags = EnumSet.noneOf(AllocationFlag.class);
            if (o != null) {
                flags.add(AllocationFlag.OVERRIDDEN);
            }
            if (baseline == null) {
                flags.add(AllocationFlag.NO_DATA);
            } else if (target.compareTo(baseline.min(policy.cap())) < 0) {
                flags.add(AllocationFlag.BELOW_BASELINE);
            }
            rows.add(new DraftedTarget(unit.code(), unit.name(), unit.kind(), baseline, rule, target, o != null,
                    o == null ? null : o.reason(), flags, b == null ? null : b.procedures()));
        }
        return new Allocation(policy.indicator(), year, rows);
    }
}
