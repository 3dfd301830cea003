package vn.chitieu.application.allocation;

import java.util.List;
import java.util.stream.Collectors;
import vn.chitieu.allocation.Allocation;
import vn.chitieu.allocation.AllocationInputs;
import vn.chitieu.allocation.Baseline;
import vn.chitieu.allocation.DraftTargets;
import vn.chitieu.allocation.TargetOverride;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;

/**
 * Use case: draft a decision's targets from files (CLI {@code allocate}, the demo): the policy's
 * target for every recipient from its baseline, replaced by the drafter's overrides, each of
 * which must be for a recipient and give its reason.
 */
public final class DraftTargetsFromFiles {

    public Allocation draft(DraftTargetsCommand c) {
        NameResolver names = new NameResolver(c.tree());
        List<Baseline> baselines = AllocationInputs.baselines(c.baseline(), names, c.policy().indicator());
        List<Unit> recipients = DraftTargets.recipients(c.tree());
        List<TargetOverride> manual = c.overrides() == null ? List.of()
                : AllocationInputs.overrides(c.overrides(), names,
                        recipients.stream().map(Unit::code).collect(Collectors.toSet()));
        return new DraftTargets(c.policy()).draft(recipients, baselines, manual, c.year());
    }
}
