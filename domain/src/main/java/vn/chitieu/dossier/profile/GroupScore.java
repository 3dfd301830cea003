package vn.chitieu.dossier.profile;

import java.math.BigDecimal;

/**
 * A unit's points in one group: the sum over its scored criteria (null when none is scored, not 0),
 * over {@code computableMax}, the maxima of those scored criteria, of the group's {@code group().maxPoints()}.
 */
public record GroupScore(ProfileGroup group, BigDecimal points, BigDecimal computableMax) {
}
