package vn.chitieu.http;

import java.time.Instant;

/** A period approval: the unit and period whose results it locks, who approved them, when, and the note. */
public record ApprovalJson(String unit, String period, String approvedBy, Instant approvedAt, String reason) {
}
