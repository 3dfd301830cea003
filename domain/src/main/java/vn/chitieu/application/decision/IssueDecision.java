package vn.chitieu.application.decision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.chitieu.application.Actors;
import vn.chitieu.application.minimum.RequireMinimums;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionConflictException;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.decision.DecisionLifecycleException;
import vn.chitieu.decision.DecisionNotFoundException;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.LegalMinimums;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: issue a draft decision. The caller edits decisions issued within its subtree only,
 * and issues the version it read (optimistic lock). Before anything is written,
 * {@link #checkBeforeIssue} refuses a decision that the stored ones contradict; when the draft
 * amends or supersedes an issued decision, that one becomes AMENDED or SUPERSEDED in the same
 * transaction. No target of it may be below a stored legal minimum or a floor set by a parent decision
 * it cites as legal basis ({@link RequireMinimums}).
 */
public final class IssueDecision {

    private final Units units;
    private final Decisions decisions;
    private final RequireMinimums minimums;

    public IssueDecision(Units units, Decisions decisions, LegalMinimums minimums) {
        this.units = Objects.requireNonNull(units, "units");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.minimums = new RequireMinimums(minimums, decisions);
    }

    public DecisionView issue(IssueDecisionCommand command) {
        Decision stored = decisions.findById(command.decision())
                .orElseThrow(() -> new DecisionNotFoundException(command.decision()));
        UnitTree tree = units.tree();
        command.caller().requireEdit(tree, stored);
        SetTargets.requireRead(stored, command.readVersion());
        Decision issued = stored.issue(command.number(), command.signer(), command.signedOn());
        Decision replaced = stored.replaces().map(id -> decisions.findById(id)
                .orElseThrow(() -> new DecisionNotFoundException(id))
                .replaced(stored.amends().isPresent() ? DecisionStatus.AMENDED : DecisionStatus.SUPERSEDED)).orElse(null);
        String reason = "issued as " + command.number() + (replaced == null ? ""
                : (stored.amends().isPresent() ? ", amending " : ", superseding ") + replaced.number().orElse("?"));
        Decision written = decisions.issue(issued, command.readVersion(), replaced,
                replaced == null ? 0 : replaced.version() - 1, Actors.of(command.caller()), reason,
                () -> checkBeforeIssue(tree, issued, replaced));
        return DecisionView.of(command.caller(), tree, written);
    }

    /**
     * Every rule a decision must pass to be issued, in one place (a check added later, such as legal
     * minimums, goes here): its number is unique for its issuer, the decision it replaces is of the
     * same issuer and year, no target of it is below a floor ({@link RequireMinimums}: a stored
     * minimum, or a target of a parent decision it cites as legal basis), and no other issued
     * decision of the year, outside its chain, gives a target for the same (unit, indicator, period),
     * its groups spread over the registry; a cited parent of a higher unit is not such a clash (its
     * targets are floors, the cascade refines them).
     *
     * @throws DecisionConflictException naming both decisions and every clashing (unit, indicator, period)
     */
    void checkBeforeIssue(UnitTree tree, Decision issued, Decision replaced) {
        minimums.check(issued, tree);
        if (replaced != null && (!replaced.issuer().equals(issued.issuer()) || replaced.year() != issued.year())) {
            throw new DecisionLifecycleException("decision " + issued.id() + " replaces " + replaced.id()
                    + " of another issuer or year");
        }
        String number = issued.number().orElseThrow();
        for (Decision other : decisions.findByNumber(number)) {
            if (!other.id().equals(issued.id()) && other.issuer().equals(issued.issuer())) {
                throw new DecisionLifecycleException("the number " + number + " is already that of decision "
                        + other.id() + " of '" + other.issuer() + "'");
            }
        }
        Map<Assignment.Key, Assignment> mine = issued.effectiveTargets(tree);
        // a decision of a higher unit cited as legal basis is the parent this one cascades: its targets
        // are floors (checked above), not clashes (seed 001: the province's "UBND cấp xã" 15 %, a district's commune 15 %)
        Set<DecisionId> cascaded = new HashSet<>();
        for (Decision parent : minimums.parents(issued)) {
            if (!parent.issuer().equals(issued.issuer()) && tree.isWithin(issued.issuer(), parent.issuer())) {
                cascaded.add(parent.id());
            }
        }
        List<DecisionConflictException.Clash> clashes = new ArrayList<>();
        for (Decision other : decisions.findByYear(issued.year())) {
            if (other.status() != DecisionStatus.ISSUED || other.id().equals(issued.id())
                    || replaced != null && other.id().equals(replaced.id()) || cascaded.contains(other.id())) {
                continue;
            }
            for (Map.Entry<Assignment.Key, Assignment> e : other.effectiveTargets(tree).entrySet()) {
                Assignment clash = mine.get(e.getKey());
                if (clash != null) {
                    clashes.add(new DecisionConflictException.Clash(e.getKey().unit(), e.getKey().indicator(),
                            e.getKey().period(), other.id(), other.number().orElse("?"), e.getValue().target(),
                            clash.target()));
                }
            }
        }
        if (!clashes.isEmpty()) {
            throw new DecisionConflictException(issued, number, clashes);
        }
    }
}
