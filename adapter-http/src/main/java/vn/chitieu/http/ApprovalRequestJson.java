package vn.chitieu.http;

/** {@code POST /api/v1/approvals}: the unit (code or name) and period approved, and an optional note. */
public record ApprovalRequestJson(String unit, String period, String reason) {
}
