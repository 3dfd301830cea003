package vn.chitieu.application.decision;

import java.util.Objects;
import vn.chitieu.application.Actors;
import vn.chitieu.application.minimum.RequireMinimums;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionNotFoundException;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.LegalMinimums;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: issue a draft decision. The caller edits decisions issued within its subtree only,
 * and issues the version it read (optimistic lock); no target of it may be below a stored legal
 * minimum ({@link RequireMinimums}).
 */
public final class IssueDecision {

    private final Units units;
    private final Decisions decisions;
    private final RequireMinimums minimums;

    public IssueDecision(Units units, Decisions decisions, LegalMinimums minimums) {
        this.units = Objects.requireNonNull(units, "units");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.minimums = new RequireMinimums(minimums);
    }

    public DecisionView issue(IssueDecisionCommand command) {
        Decision stored = decisions.findById(command.decision())
                .orElseThrow(() -> new DecisionNotFoundException(command.decision()));
        UnitTree tree = units.tree();
        command.caller().requireEdit(tree, stored);
        SetTarget.requireRead(stored, command.readVersion());
        minimums.check(stored, tree);
        Decision issued = decisions.update(stored.issue(command.number(), command.signer(), command.signedOn()),
                command.readVersion(), Actors.of(command.caller()), "issued as " + command.number());
        return DecisionView.of(command.caller(), tree, issued);
    }
}
