package vn.chitieu.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** A classification by total points: from {@code minPoints} (inclusive) up to the next band, e.g. ≥ 90 "Xuất sắc". */
public record Band(BigDecimal minPoints, String labelVi, String labelEn) {

    public Band {
        Objects.requireNonNull(minPoints, "minPoints");
        Objects.requireNonNull(labelVi, "labelVi");
        labelEn = labelEn == null ? labelVi : labelEn;
    }

    public String label(String lang) {
        return "en".equals(lang) ? labelEn : labelVi;
    }
}
