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

    /**
     * The decision named by {@code ref}: its id, or its official number ("3086/QĐ-UBND") when that
     * names one decision the caller may see.
     */
    public DecisionView read(Caller caller, String ref) {
        Objects.requireNonNull(caller, "caller");
        String text = ref == null ? "" : ref.strip();
        if (text.matches("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            return read(caller, DecisionId.parse(text));
        }
        var tree = units.tree();
        var found = decisions.findByNumber(text).stream()
                .filter(d -> caller.maySee(tree, d.issuer()) || caller.isAdmin()).toList();
        if (found.isEmpty()) {
            throw new vn.chitieu.common.NotFoundException("no decision numbered '" + text + "'");
        }
        if (found.size() > 1) {
            throw new vn.chitieu.common.InvalidInputException(vn.chitieu.common.InputProblem.at(null, 0, "decision", text,
                    "the number of " + found.size() + " decisions (issuers " + found.stream().map(d -> d.issuer().value())
                            .toList() + "): give the id"));
        }
        return DecisionView.of(caller, tree, found.get(0));
    }
}
