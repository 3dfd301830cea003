package vn.chitieu.application.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.chitieu.application.Actors;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DocumentReference;
import vn.chitieu.decision.Task;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: draft a decision. The issuer must be a registered unit of the caller's subtree; a task
 * given to one unit names a unit under the issuer; a legal basis whose number is that of exactly
 * one decision stored and issued is linked to it.
 */
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
        requireAssignees(tree, command.issuer(), command.tasks());
        Decision draft = Decision.draft(command.issuer(), command.year(), command.title(),
                linked(decisions, command.legalBases()), command.tasks());
        Decision stored = decisions.add(draft, Actors.of(command.caller()), null);
        return DecisionView.of(command.caller(), tree, stored);
    }

    /** Tasks given to one unit name a registered unit under the issuer (or the issuer). */
    static void requireAssignees(UnitTree tree, UnitCode issuer, List<Task> tasks) {
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            UnitCode unit = tasks.get(i).unit();
            if (unit != null && !tree.isWithin(unit, issuer)) {
                problems.add(InputProblem.at(null, 0, "tasks[" + i + "].unit", unit.value(),
                        "no unit '" + unit + "' under the issuer '" + issuer + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Each reference whose number is that of exactly one issued decision in store, linked to it. */
    static List<DocumentReference> linked(Decisions decisions, List<DocumentReference> bases) {
        List<DocumentReference> out = new ArrayList<>();
        for (DocumentReference r : bases) {
            if (r.decision() == null && r.number() != null) {
                List<Decision> found = decisions.findByNumber(r.number()).stream().filter(Decision::wasIssued).toList();
                out.add(found.size() == 1 ? r.linkedTo(found.get(0).id()) : r);
            } else {
                if (r.decision() != null && decisions.findById(r.decision()).isEmpty()) {
                    throw new InvalidInputException(InputProblem.at(null, 0, "legalBases.decision",
                            r.decision().toString(), "no stored decision with this id"));
                }
                out.add(r);
            }
        }
        return out;
    }
}
