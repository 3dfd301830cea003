package vn.chitieu.http;

/** {@code GET /health}: {@code status} UP or DOWN, and the database's kind and state. */
public record HealthJson(String status, DatabaseJson database) {

    /** The database part of the health report. */
    public record DatabaseJson(String kind, String status) {
    }
}
