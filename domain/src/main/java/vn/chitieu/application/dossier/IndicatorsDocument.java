package vn.chitieu.application.dossier;

import java.math.BigDecimal;
import java.util.List;
import vn.chitieu.dossier.IndicatorFigure;

/**
 * The document of computed indicators that both adapters render as JSON, {@code indicators} and
 * {@code GET /api/v1/indicators} alike (contracts.md): {@code {"period","dossiers":{"read","counted","excluded"},
 * "rows":[{"unit","indicator","period","numerator","denominator","value"}]}}; a count has a null denominator
 * and its count as value; a ratio's value is in percent units, exact, null when the denominator is 0.
 */
public record IndicatorsDocument(String period, Dossiers dossiers, List<Figure> rows) {

    public record Dossiers(long read, long counted, long excluded) {
    }

    public record Figure(String unit, String indicator, String period, long numerator, Long denominator,
            BigDecimal value) {
    }

    public static IndicatorsDocument of(ComputedIndicators c) {
        return new IndicatorsDocument(c.period().toString(), new Dossiers(c.read(), c.counted(), c.excluded()),
                c.figures().stream().map(IndicatorsDocument::figure).toList());
    }

    private static Figure figure(IndicatorFigure f) {
        return new Figure(f.unit().value(), f.indicator().value(), f.period().toString(), f.numerator(), f.denominator(),
                f.value());
    }
}
