package vn.chitieu.application.decision;

import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.application.Actors;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.decision.DecisionNotFoundException;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.Units;

/**
 * Use case: withdraw a draft. It is not deleted: it becomes WITHDRAWN, keeps its audit trail, never
 * counts for scoring and can no longer change. An issued decision cannot be withdrawn (supersede it).
 */
public final class WithdrawDecision {

    private final Units units;
    private final Decisions decisions;

    public WithdrawDecision(Units units, Decisions decisions) {
        this.units = Objects.requireNonNull(units, "units");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
    }

    /** Withdraws {@code id} as read at {@code readVersion} (null: whatever is stored, for the CLI), for {@code reason}. */
    public DecisionView withdraw(Caller caller, DecisionId id, Long readVersion, String reason) {
        Objects.requireNonNull(caller, "caller");
        Decision stored = decisions.findById(id).orElseThrow(() -> new DecisionNotFoundException(id));
        var tree = units.tree();
        caller.requireEdit(tree, stored);
        long read = readVersion == null ? stored.version() : readVersion;
        SetTargets.requireRead(stored, read);
        Decision withdrawn = decisions.update(stored.withdraw(), read, Actors.of(caller),
                reason == null ? "withdrawn" : vn.chitieu.decision.DecisionTexts.optional("reason", reason,
                        vn.chitieu.decision.DecisionTexts.LONG));
        return DecisionView.of(caller, tree, withdrawn);
    }
}
