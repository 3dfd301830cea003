package vn.chitieu.http;

import java.util.List;

/** {@code GET /api/v1/decisions}: one page of decisions (each without the targets: read one for them). */
public record DecisionPageJson(List<DecisionJson> items, int total, int offset, int limit) {
}
