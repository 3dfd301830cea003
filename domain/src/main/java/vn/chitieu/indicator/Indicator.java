package vn.chitieu.indicator;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.chitieu.unit.UnitKind;

/**
 * An indicator (chỉ tiêu): a ratio b/a in percent or a count, higher is better for all of the
 * built-in ones. {@code numerator} and {@code denominator} describe b and a in words.
 */
public record Indicator(
        IndicatorCode code,
        Measure measure,
        String nameVi,
        String nameEn,
        String numerator,
        String denominator,
        boolean higherIsBetter,
        String legalBasis,
        Set<UnitKind> appliesTo) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(nameVi, "nameVi");
        nameEn = nameEn == null ? nameVi : nameEn;
        appliesTo = appliesTo == null ? Set.of() : Set.copyOf(appliesTo);
    }

    /**
     * Why {@code value} cannot be a value or a target of this indicator, empty when it can: a ratio
     * is a percentage ({@link Percent#refusal}: 0–100 %), a count is not negative.
     */
    public Optional<String> refusal(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (measure == Measure.RATIO) {
            return Percent.refusal(value).map(r -> code + " is a ratio: " + r);
        }
        return value.signum() < 0 ? Optional.of(code + " is a count: it cannot be negative") : Optional.empty();
    }

    public String name(String lang) {
        return "en".equals(lang) ? nameEn : nameVi;
    }
}
