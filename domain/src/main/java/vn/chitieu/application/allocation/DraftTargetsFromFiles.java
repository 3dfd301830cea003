package vn.chitieu.application.allocation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.chitieu.allocation.Allocation;
import vn.chitieu.allocation.AllocationInputs;
import vn.chitieu.allocation.AllocationPolicy;
import vn.chitieu.allocation.Baseline;
import vn.chitieu.allocation.DraftTargets;
import vn.chitieu.allocation.Minimums;
import vn.chitieu.allocation.TargetOverride;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.period.Period;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;

/**
 * Use case: draft a decision's targets from files (CLI {@code allocate}, the demo): the policy's
 * target for every recipient from its baseline, replaced by the drafter's overrides, each of
 * which must be for a recipient and give its reason. Legal minimums act as floors of the rule (a
 * kind's floor is the larger of the policy's and the minimum), and a target below a minimum (an
 * override, or a uniform target) is refused with every such target listed.
 */
public final class DraftTargetsFromFiles {

    private final IndicatorCatalogue catalogue;

    public DraftTargetsFromFiles() {
        this(IndicatorCatalogue.builtIn());
    }

    public DraftTargetsFromFiles(IndicatorCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public Allocation draft(DraftTargetsCommand c) {
        NameResolver names = new NameResolver(c.tree());
        List<Baseline> baselines = AllocationInputs.baselines(c.baseline(), names, c.policy().indicator());
        List<Unit> recipients = DraftTargets.recipients(c.tree());
        List<TargetOverride> manual = c.overrides() == null ? List.of()
                : AllocationInputs.overrides(c.overrides(), names,
                        recipients.stream().map(Unit::code).collect(Collectors.toSet()));
        Minimums minimums = c.minimums() == null ? Minimums.none() : Minimums.read(c.minimums(), catalogue);
        AllocationPolicy policy = minimums.raise(c.policy());
        Allocation allocation = new DraftTargets(policy).draft(recipients, baselines, manual, c.year());
        Period period = Period.year(c.year());
        minimums.requireMet(allocation.rows().stream()
                .map(r -> new Minimums.Target(r.unit(), r.kind(), allocation.indicator(), period, r.target()))
                .toList());
        return allocation;
    }
}
