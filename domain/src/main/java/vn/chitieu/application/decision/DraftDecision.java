package vn.chitieu.application.decision;

import java.util.Objects;
import vn.chitieu.application.Actors;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.decision.Decision;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.UnitTree;

/** Use case: draft a decision. The issuer must be a registered unit of the caller's subtree. */
public final class DraftDecision {

    private final Units units;
    private final Decisions decisions;

    public DraftDecision(Units units, Decisions decisions) {
        this.units = Objects.requireNonNull(units, "units");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
    }

    public DecisionView draft(DraftDecisionCommand command) {
        UnitTree tree = units.tree();
        command.caller().requireWrite(tree, command.issuer());
        if (!tree.contains(command.issuer())) {
            throw new InvalidInputException(InputProblem.at(null, 0, "issuer", command.issuer().value(),
                    "no unit '" + command.issuer() + "' in the registry"));
        }
        Decision stored = decisions.add(Decision.draft(command.issuer(), command.year(), command.title()),
                Actors.of(command.caller()), null);
        return DecisionView.of(command.caller(), tree, stored);
    }
}
