package vn.chitieu.http;

import java.time.Instant;
import vn.chitieu.approval.PeriodLock;

/** A period approval: the unit and period whose results it locks, who approved them, when, and the note. */
public record ApprovalJson(String unit, String period, String approvedBy, Instant approvedAt, String reason) {

    static ApprovalJson of(PeriodLock lock) {
        return new ApprovalJson(lock.unit().value(), lock.period().toString(), lock.approvedBy().name(),
                lock.approvedAt(), lock.reason());
    }
}
