package vn.chitieu.application.decision;

import java.util.List;
import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.decision.GroupAssignment;
import vn.chitieu.table.Table;

/**
 * Set many targets of {@code decision} at once: the unit targets of {@code table} (in
 * {@code targets.csv} form, {@code unit,indicator,period,target[,reason]}; null: none; a row
 * without a period is for the decision's year) and the group targets {@code groups}, as changed
 * from {@code readVersion} (null: the stored version, for the CLI).
 */
public record SetTargetsCommand(Caller caller, DecisionId decision, Long readVersion, Table table,
        List<GroupAssignment> groups) {

    public SetTargetsCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(decision, "decision");
        groups = groups == null ? List.of() : List.copyOf(groups);
        vn.chitieu.decision.DecisionTexts.requireCount("groups", groups.size());
    }
}
