package vn.chitieu.application.dossier;

import java.util.List;
import vn.chitieu.dossier.IndicatorFigure;
import vn.chitieu.period.Period;
import vn.chitieu.result.Result;

/**
 * The figures of a count: every indicator of every unit with a counted dossier in its subtree, and how
 * many dossiers were read, counted and excluded (status 1, 3, 7).
 */
public record ComputedIndicators(Period period, long read, long counted, long excluded, List<IndicatorFigure> figures) {

    public ComputedIndicators {
        figures = List.copyOf(figures);
    }

    /** The figures as results of the long form (what {@code score} and {@code import results} read). */
    public List<Result> results() {
        return figures.stream().map(IndicatorFigure::toResult).toList();
    }
}
