package vn.chitieu.dossier.profile;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.scoring.IndicatorPoints;

/**
 * One criterion of a national profile: worth {@code maxPoints}, earned in full from {@code fullAt}
 * (percent), computed from {@code indicator} when the dossiers can give it (null: not computed, never
 * 0 points). {@code note} says how the indicator maps to the criterion or why it cannot be computed;
 * {@code assumed} marks a maximum, threshold or mapping the sources did not confirm.
 */
public record Criterion(String id, String group, BigDecimal maxPoints, BigDecimal fullAt, IndicatorCode indicator,
        String nameVi, String nameEn, String noteVi, String noteEn, boolean assumed) {

    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group of criterion " + id);
        Objects.requireNonNull(maxPoints, "maxPoints of criterion " + id);
        Objects.requireNonNull(fullAt, "fullAt of criterion " + id);
        Objects.requireNonNull(nameVi, "name of criterion " + id);
        if (maxPoints.signum() <= 0 || fullAt.signum() <= 0) {
            throw new IllegalArgumentException("criterion " + id + ": the maximum and the full-point value must be positive");
        }
        nameEn = nameEn == null ? nameVi : nameEn;
        noteVi = noteVi == null ? "" : noteVi;
        noteEn = noteEn == null ? noteVi : noteEn;
    }

    /** Whether the dossiers compute it (it has an indicator). */
    public boolean isComputable() {
        return indicator != null;
    }

    /**
     * min(1, value / fullAt) × maxPoints, exact to 34 significant digits (half-even); 0 for a value ≤ 0;
     * null for a null value (not available).
     */
    public BigDecimal points(BigDecimal value) {
        return new IndicatorPoints(indicator == null ? IndicatorCode.of("NOT_COMPUTED") : indicator, group, maxPoints,
                fullAt).points(value);
    }

    public String name(String lang) {
        return "en".equals(lang) ? nameEn : nameVi;
    }

    public String note(String lang) {
        return "en".equals(lang) ? noteEn : noteVi;
    }
}
