package vn.chitieu.dossier.profile;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit's result on one criterion: the indicator's counts and value (percent, exact), the points it
 * earns, and its status. Points are null unless {@link Status#SCORED}.
 */
public record CriterionScore(Criterion criterion, Long numerator, Long denominator, BigDecimal value, BigDecimal points,
        Status status) {

    /** Scored; no dossiers for it (the indicator's denominator is 0); or not computable from dossiers at all. */
    public enum Status {
        /** Computed: value and points. */
        SCORED,
        /** Computable, but this unit has no dossier in its denominator: not available, left out of the computable maximum. */
        NO_DOSSIERS,
        /** The dossiers cannot compute it (publicity, satisfaction…): "chưa tính", never 0 points. */
        NOT_COMPUTED
    }

    public CriterionScore {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(status, "status");
        if ((status == Status.SCORED) != (points != null)) {
            throw new IllegalArgumentException("criterion " + criterion.id() + ": points are given exactly when scored");
        }
    }
}
