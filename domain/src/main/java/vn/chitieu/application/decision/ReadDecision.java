package vn.chitieu.application.decision;

import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.decision.DecisionNotFoundException;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.Units;

/** Use case: read a decision as the caller may see it ({@link DecisionView}). */
public final class ReadDecision {

    private final Units units;
    private final Decisions decisions;

    public ReadDecision(Units units, Decisions decisions) {
        this.units = Objects.requireNonNull(units, "units");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
    }

    public DecisionView read(Caller caller, DecisionId id) {
        Objects.requireNonNull(caller, "caller");
        Decision decision = decisions.findById(id).orElseThrow(() -> new DecisionNotFoundException(id));
        return DecisionView.of(caller, units.tree(), decision);
    }
}
