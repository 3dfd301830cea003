package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

/** A target below the legal minimum for its unit's kind: the unit, indicator, period, target and the minimum with its source. */
public record MinimumViolation(UnitCode unit, IndicatorCode indicator, Period period, BigDecimal target, Minimum minimum) {

    public MinimumViolation {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(minimum, "minimum");
    }

    /** {@code xa-cu-bao DIGITIZATION_RATE 2022: 10 < 15 (876/QĐ-BNV, COMMUNE)}. */
    public String describe() {
        return unit + " " + indicator + (period == null ? "" : " " + period) + ": "
                + target.stripTrailingZeros().toPlainString() + " < " + minimum.minimum().stripTrailingZeros().toPlainString()
                + " (" + minimum.source() + ", " + minimum.kind() + ")";
    }

    /**
     * {@link #describe()} for people reading {@code locale}: in Vietnamese the indicator by its name
     * and the kind by its label ({@code xa-cu-bao – Tỷ lệ số hóa … – 2022: 10 < 15 (876/QĐ-BNV, Xã)}); in
     * English the line as it always was.
     */
    public String describe(java.util.Locale locale) {
        if (vn.chitieu.common.Texts.english(locale)) {
            return describe();
        }
        return unit + " – " + vn.chitieu.common.Texts.translate(indicator.value(), locale)
                + (period == null ? "" : " – " + period) + ": " + target.stripTrailingZeros().toPlainString() + " < "
                + minimum.minimum().stripTrailingZeros().toPlainString() + " (" + minimum.source() + ", "
                + vn.chitieu.common.Texts.label(minimum.kind(), locale) + ")";
    }
}
