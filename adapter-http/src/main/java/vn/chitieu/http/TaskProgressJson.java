package vn.chitieu.http;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/v1/decisions/{id}/tasks}: one row per task and assignee, as of {@code asOf}. */
public record TaskProgressJson(String decision, LocalDate asOf, int overdue, List<Row> rows) {

    /** {@code state}: DONE, DONE_LATE, PENDING or OVERDUE; {@code doneBy}: the assignee's decision that did it. */
    public record Row(int task, String text, String unit, LocalDate deadline, String state, String doneBy,
            String doneByNumber, LocalDate doneOn) {
    }
}
