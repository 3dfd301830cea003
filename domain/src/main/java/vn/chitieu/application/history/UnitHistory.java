package vn.chitieu.application.history;

import java.util.List;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.result.Result;
import vn.chitieu.unit.Unit;

/**
 * A unit's record: its results, ordered by indicator and period, and the targets that issued
 * (or amended) decisions gave it, ordered by indicator and period (drafts and superseded
 * decisions are left out, as scoring leaves them out).
 */
public record UnitHistory(Unit unit, List<Result> results, List<Target> targets) {

    public UnitHistory {
        results = List.copyOf(results);
        targets = List.copyOf(targets);
    }

    /** One target of the unit and the decision that set it. */
    public record Target(DecisionId decision, String number, int year, DecisionStatus status, Assignment assignment) {
    }
}
