package vn.chitieu.application.decision;

import java.util.List;
import vn.chitieu.access.AccessDeniedException;
import vn.chitieu.access.Caller;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.GroupAssignment;
import vn.chitieu.unit.UnitTree;

/**
 * A decision as a caller may see it: only the targets of units in the caller's subtree, and the
 * group targets when the caller sees the issuer or a unit of the group.
 */
public record DecisionView(Decision decision, List<Assignment> visible, List<GroupAssignment> visibleGroups) {

    public DecisionView {
        visible = List.copyOf(visible);
        visibleGroups = List.copyOf(visibleGroups);
    }

    /**
     * What {@code caller} sees of {@code decision}; refused (403) when neither its issuer nor any of
     * its targets is in the caller's subtree.
     */
    static DecisionView of(Caller caller, UnitTree tree, Decision decision) {
        List<Assignment> visible = decision.assignments().stream().filter(a -> caller.maySee(tree, a.unit())).toList();
        boolean issuer = caller.maySee(tree, decision.issuer());
        List<GroupAssignment> groups = issuer ? decision.groupAssignments() : decision.groupAssignments().stream()
                .filter(g -> g.group().members(tree, decision.issuer()).stream().anyMatch(u -> caller.maySee(tree, u)))
                .toList();
        if (!issuer && visible.isEmpty() && groups.isEmpty()) {
            throw new AccessDeniedException("decision " + decision.id() + " has nothing in the subtree of '"
                    + caller.scope() + "'");
        }
        return new DecisionView(decision, visible, groups);
    }
}
