package vn.chitieu.http;

/** {@code POST /api/v1/tokens}: the unit whose subtree the token may use, its role, an optional label. */
public record TokenRequestJson(String unit, String role, String label) {
}
