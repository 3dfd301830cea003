package vn.chitieu.http;

import java.math.BigDecimal;
import java.util.List;
import vn.chitieu.application.dossier.ComputedIndicators;
import vn.chitieu.dossier.IndicatorFigure;

/**
 * {@code GET /api/v1/indicators}: the JSON of the CLI's {@code indicators} (contracts.md),
 * {@code {"period","dossiers":{"read","counted","excluded"},"rows":[{"unit","indicator","period","numerator",
 * "denominator","value"}]}}; a count has a null denominator and its count as value, a ratio's value is in
 * percent units, null when the denominator is 0.
 */
public record IndicatorsJson(String period, Dossiers dossiers, List<Figure> rows) {

    public record Dossiers(long read, long counted, long excluded) {
    }

    public record Figure(String unit, String indicator, String period, long numerator, Long denominator,
            BigDecimal value) {
    }

    static IndicatorsJson of(ComputedIndicators c) {
        return new IndicatorsJson(c.period().toString(), new Dossiers(c.read(), c.counted(), c.excluded()),
                c.figures().stream().map(IndicatorsJson::figure).toList());
    }

    private static Figure figure(IndicatorFigure f) {
        return new Figure(f.unit().value(), f.indicator().value(), f.period().toString(), f.numerator(), f.denominator(),
                f.value());
    }
}
