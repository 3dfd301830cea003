package vn.chitieu.application.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.decision.TaskProgress;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: the tasks of a decision, one row per assignee, DONE / DONE_LATE / PENDING / OVERDUE as
 * of a date ({@link TaskProgress}), the rows of units the caller may see.
 */
public final class DecisionTasks {

    private final Units units;
    private final Decisions decisions;

    public DecisionTasks(Units units, Decisions decisions) {
        this.units = Objects.requireNonNull(units, "units");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
    }

    /** The decision and its task rows as of {@code asOf}. */
    public record Progress(Decision decision, LocalDate asOf, List<TaskProgress.Row> rows) {
        public List<TaskProgress.Row> overdue() {
            return rows.stream().filter(r -> r.state() == TaskProgress.State.OVERDUE).toList();
        }
    }

    /** The progress as of {@code date}; null: today in Vietnam (Asia/Ho_Chi_Minh), for the CLI and HTTP alike. */
    public Progress tasks(Caller caller, DecisionId id, LocalDate date) {
        LocalDate asOf = date == null ? LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) : date;
        DecisionView view = new ReadDecision(units, decisions).read(caller, id);
        Decision decision = view.decision();
        UnitTree tree = units.tree();
        List<TaskProgress.Row> rows = TaskProgress.of(decision, tree, decisions.findByYear(decision.year()), asOf)
                .stream().filter(r -> caller.maySee(tree, r.unit())).toList();
        return new Progress(decision, asOf, rows);
    }
}
