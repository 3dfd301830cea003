package vn.chitieu.http;

/** {@code DELETE /api/v1/approvals/{unit}/{period}}: why the approved results are re-opened (required). */
public record ReopenRequestJson(String reason) {
}
