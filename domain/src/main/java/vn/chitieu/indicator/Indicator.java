package vn.chitieu.indicator;

import java.util.Objects;
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

    public String name(String lang) {
        return "en".equals(lang) ? nameEn : nameVi;
    }
}
