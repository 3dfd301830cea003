package vn.chitieu.scoring;

import java.math.BigDecimal;
import java.util.Map;
import vn.chitieu.period.Period;
import vn.chitieu.unit.Unit;

/**
 * A unit's points for a period under a {@link ScoringProfile}: per indicator and per group (in
 * the profile's order), the total, its band, and how many of the profile's indicators had no
 * value (they earn nothing; the total is not rescaled). An indicator or a group without any value
 * has null points, not 0.
 */
public record UnitPoints(Unit unit, Period period, Map<String, BigDecimal> indicatorPoints,
        Map<String, BigDecimal> groupPoints, BigDecimal total, Band band, int notAvailable) {

    public UnitPoints {
        indicatorPoints = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(indicatorPoints));
        groupPoints = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groupPoints));
    }
}
