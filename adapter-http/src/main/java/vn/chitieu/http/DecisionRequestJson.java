package vn.chitieu.http;

/** {@code POST /api/v1/decisions}: a new draft. */
public record DecisionRequestJson(String issuer, Integer year, String title) {
}
