package vn.chitieu.application.allocation;

import java.util.ArrayList;
import java.util.List;
import vn.chitieu.access.AccessDeniedException;
import vn.chitieu.access.Caller;
import vn.chitieu.allocation.Cascade;
import vn.chitieu.allocation.CascadeChild;
import vn.chitieu.allocation.CascadePlan;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: cascade a parent's target over its children (domain.md §5). For a caller (HTTP) the
 * parent, and for a caller other than an admin every child, must be a unit of the caller's
 * subtree (403 otherwise, naming no other unit), and a child of the registry may leave out its
 * name and kind. An unreachable target is an answer, not an error: the plan is infeasible, with
 * its best reachable value.
 */
public final class CascadeTargets {

    private final Units units;

    /** {@code units}: the registry a caller's cascade is checked against; null for local use only. */
    public CascadeTargets(Units units) {
        this.units = units;
    }

    public CascadePlan cascade(CascadeTargetsCommand command) {
        Caller caller = command.caller();
        UnitTree tree = caller == null ? null : units.tree();
        if (caller != null) {
            caller.requireRead(tree, command.parent());
            if (!tree.contains(command.parent())) {
                throw new InvalidInputException(InputProblem.at(null, 0, "parent", command.parent().value(),
                        "no unit '" + command.parent() + "' in the registry"));
            }
        }
        List<CascadeChild> children = new ArrayList<>();
        for (ChildRequest child : command.children()) {
            children.add(child(caller, tree, child));
        }
        return new Cascade(command.policy()).plan(command.parent(), command.target(), children);
    }

    /**
     * A child of the cascade. A caller other than an admin cascades to units of its own subtree
     * only: any other code, registered or not, is refused alike (403), so that the answer tells
     * nothing of units outside the subtree, not even their names.
     */
    private static CascadeChild child(Caller caller, UnitTree tree, ChildRequest c) {
        if (caller != null && !caller.maySee(tree, c.unit())) {
            throw new AccessDeniedException(c.at() + ".unit '" + c.unit() + "' is not a unit of the subtree of '"
                    + caller.scope() + "' that " + caller.tokenId() + " may use");
        }
        Unit known = tree == null ? null : tree.find(c.unit()).orElse(null);
        UnitKind kind = c.kind() != null ? c.kind() : known == null ? null : known.kind();
        if (kind == null) {
            throw refused(c.at() + ".kind", null, "'" + c.unit() + "' is not in the registry, so its kind is needed");
        }
        if (c.weight() == null) {
            throw refused(c.at() + ".weight", null, "a weight is required (e.g. last year's dossiers)");
        }
        try {
            return new CascadeChild(c.unit(), c.name() != null ? c.name() : known == null ? null : known.name(), kind,
                    c.weight(), c.baseline(), c.readiness(), c.cap());
        } catch (IllegalArgumentException e) {
            throw refused(c.at(), null, e.getMessage());
        }
    }

    private static InvalidInputException refused(String field, String value, String reason) {
        return new InvalidInputException(InputProblem.at(null, 0, field, value, reason));
    }
}
