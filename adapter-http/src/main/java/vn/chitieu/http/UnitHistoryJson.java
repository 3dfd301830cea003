package vn.chitieu.http;

import java.util.List;

/** {@code GET /api/v1/units/{code}/results}: the unit, its results over the periods on record, its targets. */
public record UnitHistoryJson(UnitJson unit, List<UnitResultJson> results, List<UnitTargetJson> targets) {
}
