package vn.chitieu.application.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.chitieu.allocation.Allocation;
import vn.chitieu.allocation.AllocationInputs;
import vn.chitieu.allocation.AllocationPolicy;
import vn.chitieu.allocation.Baseline;
import vn.chitieu.allocation.DraftTargets;
import vn.chitieu.allocation.Minimums;
import vn.chitieu.allocation.TargetOverride;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.lineage.Lineage;
import vn.chitieu.lineage.LineageTable;
import vn.chitieu.lineage.Restated;
import vn.chitieu.lineage.Restatement;
import vn.chitieu.lineage.UnitCounts;
import vn.chitieu.period.Period;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

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
        return drafted(c).allocation();
    }

    /**
     * The draft with the restatement of its baselines: the recipients are the units valid on the
     * command's date ({@link DraftTargetsCommand#effectiveAsOf}); with a lineage, the baselines of old
     * units (named among every unit of the registry) are restated on them as the ratio of their summed
     * shared counts ({@link Restatement}); a recipient whose sources include a rate without counts
     * gets no baseline (not restatable, listed), never a guessed one. A recipient's own baseline
     * stays its own.
     */
    public LineageDraft drafted(DraftTargetsCommand c) {
        LocalDate asOf = c.effectiveAsOf();
        UnitTree tree = c.tree().asOf(asOf);
        if (tree.size() == 0) {
            throw new InvalidInputException(InputProblem.at(null, 0, c.asOf() == null ? "year" : "as-of",
                    c.asOf() == null ? String.valueOf(c.year()) : asOf.toString(), "no unit of the registry is valid on " + asOf));
        }
        Lineage lineage = c.lineage() == null ? Lineage.none() : LineageTable.read(c.lineage(), c.tree());
        NameResolver names = new NameResolver(tree);
        List<AllocationInputs.BaselineRow> rows = AllocationInputs.baselineRows(c.baseline(),
                new NameResolver(c.tree()), c.policy().indicator());
        Restatement.Outcome restated = null;
        List<Baseline> baselines;
        if (lineage.isEmpty()) {
            baselines = rows.stream().map(AllocationInputs.BaselineRow::baseline).toList();
        } else {
            restated = Restatement.restate(rows.stream().map(DraftTargetsFromFiles::counts).toList(), lineage, tree, asOf);
            Map<UnitCode, Baseline> own = new HashMap<>();
            rows.forEach(r -> own.put(r.baseline().unit(), r.baseline()));
            baselines = new ArrayList<>();
            for (Restated r : restated.byUnit().values()) {
                baselines.add(r.isOwn() ? own.get(r.unit()) : new Baseline(r.unit(), r.value().orElse(null), null));
            }
        }
        List<Unit> recipients = DraftTargets.recipients(tree);
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
        return new LineageDraft(allocation, restated);
    }

    /** A baseline's counts; a rate with no counts as such (not available: no dossiers, 0 of 0). */
    private static UnitCounts counts(AllocationInputs.BaselineRow r) {
        if (r.numerator() != null) {
            return UnitCounts.of(r.baseline().unit(), r.numerator(), r.denominator());
        }
        if (r.baseline().value() == null) {
            return UnitCounts.of(r.baseline().unit(), 0, 0);
        }
        return UnitCounts.rateOnly(r.baseline().unit(), r.baseline().value());
    }
}
