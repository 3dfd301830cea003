package vn.chitieu.http;

/** {@code POST /api/v1/decisions/{id}/supersede}: the new decision's title (optional: the old one's). */
public record SupersedeRequestJson(String title) {
}
