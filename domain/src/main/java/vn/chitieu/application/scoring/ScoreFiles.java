package vn.chitieu.application.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.indicator.Percent;
import vn.chitieu.period.Period;
import vn.chitieu.result.Result;
import vn.chitieu.result.ResultsTableReader;
import vn.chitieu.scoring.Scoreboard;
import vn.chitieu.scoring.Scorer;
import vn.chitieu.scoring.TargetsTableReader;
import vn.chitieu.table.Table;
import vn.chitieu.unit.NameResolver;

/**
 * Use case: score a period from files (CLI {@code score}). Every problem of both files is
 * reported at once; only the results of the period and indicator asked for are scored, against
 * the targets of the same indicator and period; a uniform target fills in where the targets file
 * gives none, and must fit every scored indicator ({@code Indicator#refusal}: 0–100 % for a
 * ratio). The board is scored like the one from storage ({@link ScorePeriod}), by {@link Scorer}.
 */
public final class ScoreFiles {

    public ScoredPeriod score(ScoreFilesCommand c) {
        NameResolver resolver = new NameResolver(c.tree());
        List<InputProblem> problems = new ArrayList<>();
        long total = 0; // problems found, listed or only counted
        List<Result> actuals = List.of();
        List<Assignment> assigned = List.of();
        String resultsFile = null;
        try {
            Table results = c.results().get();
            resultsFile = results.file();
            actuals = new ResultsTableReader(resolver, c.catalogue()).read(results, c.period());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            total += e.total();
        }
        if (c.targets() != null) {
            IndicatorCode defaultIndicator = c.indicator();
            if (defaultIndicator == null && actuals.stream().map(Result::indicator).distinct().count() == 1) {
                defaultIndicator = actuals.get(0).indicator();
            }
            try {
                assigned = new TargetsTableReader(resolver, c.catalogue()).read(c.targets().get(), c.period(), defaultIndicator);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                total += e.total();
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, total);
        }
        Period onlyPeriod = c.period();
        IndicatorCode onlyIndicator = c.indicator();
        if (onlyPeriod != null || onlyIndicator != null) {
            actuals = actuals.stream().filter(r -> (onlyPeriod == null || r.period().equals(onlyPeriod))
                    && (onlyIndicator == null || r.indicator().equals(onlyIndicator))).toList();
        }
        if (actuals.isEmpty()) {
            throw new InvalidInputException(InputProblem.ofFile(resultsFile, "no results"
                    + (onlyPeriod == null ? "" : " for period " + onlyPeriod)
                    + (onlyIndicator == null ? "" : " of indicator " + onlyIndicator)));
        }
        Set<Board> scoredBoards = new java.util.LinkedHashSet<>(); // in the order of the results: the first refusal is theirs
        Board last = null;
        for (Result r : actuals) {
            if (last == null || !last.indicator().equals(r.indicator()) || !last.period().equals(r.period())) {
                last = new Board(r.indicator(), r.period());
                scoredBoards.add(last);
            }
        }
        assigned = assigned.stream().filter(a -> scoredBoards.contains(new Board(a.indicator(), a.period()))).toList();
        // the uniform target fills in inside the scorer: no target made per result (a million of them)
        checkUniform(scoredBoards.stream().map(Board::indicator).distinct().toList(), c.uniform(), c.catalogue());
        Scoreboard board = new Scorer(c.tree()).score(actuals, assigned,
                c.uniform() == null ? null : c.uniform().value(), c.declared());
        return ScoredPeriod.of(board, c.commend(), c.criticise(), c.profile(), null);
    }

    /**
     * {@code targets} and the {@code uniform} target (null: none) of every result they give none. A
     * uniform target is a percentage (0–100 %) for a ratio indicator, any number ≥ 0 for a count one.
     */
    static List<Assignment> withUniform(List<Assignment> targets, List<Result> actuals,
            ScoreFilesCommand.UniformTarget uniform, IndicatorCatalogue catalogue) {
        if (uniform == null) {
            return targets;
        }
        checkUniform(actuals.stream().map(Result::indicator).distinct().toList(), uniform, catalogue);
        Set<Result.Key> withTarget = new HashSet<>();
        targets.forEach(a -> withTarget.add(new Result.Key(a.unit(), a.indicator(), a.period())));
        List<Assignment> all = new ArrayList<>(targets);
        actuals.stream().filter(r -> !withTarget.contains(r.key()))
                .forEach(r -> all.add(Assignment.of(r.unit(), r.indicator(), r.period(), uniform.value())));
        return all;
    }

    /** Refuses a {@code uniform} target (null: none) that does not fit one of {@code indicators}, in their order. */
    private static void checkUniform(List<IndicatorCode> indicators, ScoreFilesCommand.UniformTarget uniform,
            IndicatorCatalogue catalogue) {
        if (uniform == null) {
            return;
        }
        indicators.forEach(code -> catalogue.find(code)
                .map(i -> i.refusal(uniform.value())).orElseGet(() -> Percent.refusal(uniform.value()))
                .ifPresent(reason -> {
                    throw new InvalidInputException(InputProblem.at(null, 0, uniform.field(), uniform.text(), reason));
                }));
    }

    private record Board(IndicatorCode indicator, Period period) {
    }
}
