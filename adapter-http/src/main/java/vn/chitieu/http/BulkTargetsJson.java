package vn.chitieu.http;

import java.math.BigDecimal;
import java.util.List;

/** {@code PUT /api/v1/decisions/{id}/assignments} as JSON: unit targets and group targets, all or nothing. */
public record BulkTargetsJson(List<Row> targets, List<GroupAssignmentJson> groups) {

    /** One unit target, as a row of targets.csv ({@code unit} a code or a name; {@code period} default: the year). */
    public record Row(String unit, String indicator, String period, BigDecimal target, String reason) {
    }
}
