package vn.chitieu.application.decision;

import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.application.Actors;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.decision.DecisionNotFoundException;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: amend or supersede an issued decision. Amending makes a new draft that copies it
 * (targets, group targets, legal bases, tasks) and links to it; superseding makes a new, empty
 * draft of the same issuer and year that replaces it entirely. Either way the old decision stays
 * ISSUED until the new one is issued ({@link IssueDecision}), which marks it AMENDED or SUPERSEDED.
 * Only a caller who may edit the old decision may do either.
 */
public final class AmendDecision {

    private final Units units;
    private final Decisions decisions;

    public AmendDecision(Units units, Decisions decisions) {
        this.units = Objects.requireNonNull(units, "units");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
    }

    /** A new draft amending {@code id}. */
    public DecisionView amend(Caller caller, DecisionId id) {
        Decision old = editable(caller, id);
        Decision draft = old.amendment();
        return DecisionView.of(caller, units.tree(), decisions.add(draft, Actors.of(caller),
                "amends " + old.number().orElse(old.id().toString())));
    }

    /** A new, empty draft superseding {@code id}, titled {@code title} (null: the old title). */
    public DecisionView supersede(Caller caller, DecisionId id, String title) {
        Decision old = editable(caller, id);
        Decision draft = old.supersedingDraft(title == null ? null
                : vn.chitieu.decision.DecisionTexts.required("title", title, vn.chitieu.decision.DecisionTexts.LONG,
                        "a decision needs a title"));
        return DecisionView.of(caller, units.tree(), decisions.add(draft, Actors.of(caller),
                "supersedes " + old.number().orElse(old.id().toString())));
    }

    private Decision editable(Caller caller, DecisionId id) {
        Objects.requireNonNull(caller, "caller");
        Decision old = decisions.findById(id).orElseThrow(() -> new DecisionNotFoundException(id));
        UnitTree tree = units.tree();
        caller.requireEdit(tree, old);
        return old;
    }
}
