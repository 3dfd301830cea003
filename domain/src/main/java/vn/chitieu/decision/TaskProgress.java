package vn.chitieu.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * Whether the assignees of a decision's tasks did them, as of a date. Rule (our choice): a task
 * is done by a unit when a decision issued by that unit for the same year (ISSUED, or since
 * AMENDED / SUPERSEDED: it was issued) is signed on or before the deadline; DONE_LATE when signed
 * after it; otherwise OVERDUE once {@code asOf} is past the deadline, else PENDING.
 */
public final class TaskProgress {

    public enum State { DONE, DONE_LATE, PENDING, OVERDUE }

    /** One assignee of one task: its state and the decision that did it, if any. */
    public record Row(int task, Task of, UnitCode unit, State state, Decision doneBy) {
    }

    private TaskProgress() {
    }

    public static List<Row> of(Decision decision, UnitTree tree, Collection<Decision> stored, LocalDate asOf) {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (Task t : decision.tasks()) {
            n++;
            for (UnitCode unit : t.assignees(tree, decision.issuer())) {
                Optional<Decision> own = stored.stream()
                        .filter(d -> d.issuer().equals(unit) && d.year() == decision.year() && d.wasIssued()
                                && d.signedOn().isPresent())
                        .min(Comparator.comparing(d -> d.signedOn().get()));
                State state;
                LocalDate signed = own.flatMap(Decision::signedOn).filter(d -> !d.isAfter(asOf)).orElse(null);
                if (signed != null && !signed.isAfter(t.deadline())) {
                    state = State.DONE;
                } else if (signed != null) {
                    state = State.DONE_LATE;
                } else {
                    state = asOf.isAfter(t.deadline()) ? State.OVERDUE : State.PENDING;
                }
                rows.add(new Row(n, t, unit, state, state == State.DONE || state == State.DONE_LATE ? own.get() : null));
            }
        }
        return rows;
    }
}
