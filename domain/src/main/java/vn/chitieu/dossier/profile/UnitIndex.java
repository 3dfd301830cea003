package vn.chitieu.dossier.profile;

import java.math.BigDecimal;
import java.util.List;
import vn.chitieu.scoring.Band;
import vn.chitieu.unit.UnitCode;

/**
 * A unit's index under a profile: each criterion and group; {@code points}, the sum over the scored
 * criteria (null when none is scored, not 0), out of {@code computableMax} (their maxima) of the profile's
 * {@code maxPoints}; {@code share}
 * = points / computableMax × 100 (exact, 34 digits; null when nothing is computable) and the band of that
 * share: a rating over what was computed only, never the official rating over 100 points.
 */
public record UnitIndex(UnitCode unit, List<CriterionScore> criteria, List<GroupScore> groups, BigDecimal points,
        BigDecimal computableMax, BigDecimal maxPoints, BigDecimal share, Band band) {

    public UnitIndex {
        criteria = List.copyOf(criteria);
        groups = List.copyOf(groups);
    }
}
