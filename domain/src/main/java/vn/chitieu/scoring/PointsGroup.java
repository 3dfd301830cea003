package vn.chitieu.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** A group of indicators in a scoring profile (766: publicity 18, progress 20, …) and its maximum points. */
public record PointsGroup(String code, String nameVi, String nameEn, BigDecimal maxPoints) {

    public PointsGroup {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a group needs a code");
        }
        nameVi = nameVi == null ? code : nameVi;
        nameEn = nameEn == null ? nameVi : nameEn;
        Objects.requireNonNull(maxPoints, "maxPoints of group " + code);
        if (maxPoints.signum() <= 0) {
            throw new IllegalArgumentException("group " + code + ": maximum points must be positive");
        }
    }
}
