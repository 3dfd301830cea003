package vn.chitieu.application.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.scoring.DeclaredTotal;
import vn.chitieu.scoring.ScoringProfile;
import vn.chitieu.scoring.SelectionRule;
import vn.chitieu.table.Table;
import vn.chitieu.unit.UnitTree;

/**
 * Score the {@code results} file (long or wide form) against the {@code targets} file (null: none)
 * and the {@code uniform} target (null: none) over the units of {@code tree}; only {@code period}
 * and {@code indicator} when given (null: all). The files are read by the use case, so that the
 * problems of both are reported at once. {@code catalogue} is the indicators known (the
 * built-in ones and a profile's). {@code commend}, {@code criticise} and {@code profile} may be null.
 * {@code moreResults} are further results files (e.g. one a quarter) read beside {@code results};
 * a {@code period} made of the periods of the files (a year of quarters) is scored from their
 * summed counts ({@link vn.chitieu.result.AcrossPeriods}).
 */
public record ScoreFilesCommand(UnitTree tree, IndicatorCatalogue catalogue, Supplier<Table> results,
        Supplier<Table> targets,
        Period period, IndicatorCode indicator, UniformTarget uniform, List<DeclaredTotal> declared,
        SelectionRule commend, SelectionRule criticise, ScoringProfile profile, List<Supplier<Table>> moreResults) {

    public ScoreFilesCommand {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(results, "results");
        declared = declared == null ? List.of() : List.copyOf(declared);
        moreResults = moreResults == null ? List.of() : List.copyOf(moreResults);
    }

    /** One results file. */
    public ScoreFilesCommand(UnitTree tree, IndicatorCatalogue catalogue, Supplier<Table> results,
            Supplier<Table> targets,
            Period period, IndicatorCode indicator, UniformTarget uniform, List<DeclaredTotal> declared,
            SelectionRule commend, SelectionRule criticise, ScoringProfile profile) {
        this(tree, catalogue, results, targets, period, indicator, uniform, declared, commend, criticise, profile, List.of());
    }

    /**
     * A target for every result that the targets file gives none, as the user wrote it: in
     * {@code field} (an option, e.g. {@code --target}) as {@code text}.
     */
    public record UniformTarget(String field, String text, BigDecimal value) {
        public UniformTarget {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }
    }
}
