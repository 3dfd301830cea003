package vn.chitieu.application.minimum;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.chitieu.allocation.BelowMinimumException;
import vn.chitieu.allocation.Minimum;
import vn.chitieu.allocation.MinimumViolation;
import vn.chitieu.allocation.Minimums;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.decision.DocumentReference;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.LegalMinimums;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitTree;

/**
 * The check a decision passes before it is issued (issue 12): no target of it below a floor,
 * {@link BelowMinimumException} listing every one (unit, indicator, period, target, minimum,
 * source). The floors are
 * <ul>
 * <li>the stored legal minimums for the unit's kind and the indicator ({@link LegalMinimums});</li>
 * <li>each parent decision cited as a legal basis that links to a stored decision: the parent's
 * target for the unit itself, else the parent's group target covering the unit's kind
 * ({@link Decision#effectiveTarget}), for the same period, else for the parent's year (a year
 * target is the floor of the child's year target and of its halves, quarters and months). The
 * minimum's source is the parent's number. The parent used is the one in force: a linked decision
 * that was since AMENDED or SUPERSEDED is followed to the ISSUED decision that replaced it; a
 * linked decision in no such chain, a withdrawn or draft one, sets no floor, nor does the decision
 * the issued one itself replaces.</li>
 * </ul>
 * When a target has several floors above it, the highest is named (the stored minimum first of
 * equals). A target of a unit that is not in the registry has no kind and is not checked.
 */
public final class RequireMinimums {

    private final LegalMinimums minimums;
    private final Decisions decisions;

    public RequireMinimums(LegalMinimums minimums, Decisions decisions) {
        this.minimums = Objects.requireNonNull(minimums, "minimums");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
    }

    /** Refuses {@code decision} when a target of it, its own or a group's spread over the units of the group, is below a floor. */
    public void check(Decision decision, UnitTree tree) {
        Minimums inForce = minimums.all();
        List<Decision> parents = parents(decision);
        if (inForce.isEmpty() && parents.isEmpty()) {
            return;
        }
        List<MinimumViolation> below = new ArrayList<>();
        for (Assignment a : decision.effectiveTargets(tree).values()) {
            Unit unit = tree.find(a.unit()).orElse(null);
            if (unit == null) {
                continue;
            }
            Minimum floor = inForce.floor(a.indicator(), unit.kind()).orElse(null);
            for (Decision parent : parents) {
                Optional<Minimum> fromParent = parentFloor(parent, tree, unit, a);
                if (fromParent.isPresent() && (floor == null || fromParent.get().minimum().compareTo(floor.minimum()) > 0)) {
                    floor = fromParent.get();
                }
            }
            if (floor != null && a.target().compareTo(floor.minimum()) < 0) {
                below.add(new MinimumViolation(a.unit(), a.indicator(), a.period(), a.target(), floor));
            }
        }
        if (!below.isEmpty()) {
            throw new BelowMinimumException(below);
        }
    }

    /** The floor {@code parent} sets on target {@code a} of {@code unit}: its target for the unit in that period, else in its year. */
    private static Optional<Minimum> parentFloor(Decision parent, UnitTree tree, Unit unit, Assignment a) {
        Optional<Assignment> given = parent.effectiveTarget(tree, unit.code(), a.indicator(), a.period());
        Period year = Period.year(parent.year());
        if (given.isEmpty() && !a.period().equals(year) && a.period().isWithin(year)) {
            given = parent.effectiveTarget(tree, unit.code(), a.indicator(), year);
        }
        return given.map(g -> new Minimum(parent.number().orElseThrow(), a.indicator(), unit.kind(), g.target()));
    }

    /**
     * The issued decisions in force that {@code decision}'s legal bases link to, each once: the
     * parents whose targets are floors of its own.
     */
    public List<Decision> parents(Decision decision) {
        Set<DecisionId> excluded = new HashSet<>();
        excluded.add(decision.id());
        decision.replaces().ifPresent(excluded::add);
        List<Decision> out = new ArrayList<>();
        Set<DecisionId> seen = new HashSet<>();
        for (DocumentReference basis : decision.legalBases()) {
            if (basis.decision() == null || excluded.contains(basis.decision())) {
                continue;
            }
            inForce(basis.decision(), excluded).filter(p -> seen.add(p.id())).ifPresent(out::add);
        }
        return out;
    }

    /** {@code id}'s decision if ISSUED; if AMENDED or SUPERSEDED, the ISSUED decision at the end of its chain of replacements. */
    private Optional<Decision> inForce(DecisionId id, Set<DecisionId> excluded) {
        Optional<Decision> current = decisions.findById(id);
        Set<DecisionId> visited = new HashSet<>();
        while (current.isPresent() && visited.add(current.get().id())) {
            Decision d = current.get();
            if (excluded.contains(d.id())) {
                return Optional.empty();
            }
            if (d.status() == DecisionStatus.ISSUED) {
                return current;
            }
            if (d.status() != DecisionStatus.AMENDED && d.status() != DecisionStatus.SUPERSEDED) {
                return Optional.empty();
            }
            current = decisions.findByYear(d.year()).stream()
                    .filter(s -> s.wasIssued() && s.replaces().map(d.id()::equals).orElse(false)).findFirst();
        }
        return Optional.empty();
    }
}
