package vn.chitieu.application.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.indicator.Percent;
import vn.chitieu.period.Period;
import vn.chitieu.result.AcrossPeriods;
import vn.chitieu.result.Result;
import vn.chitieu.result.ResultsTableReader;
import vn.chitieu.scoring.Scoreboard;
import vn.chitieu.scoring.Scorer;
import vn.chitieu.scoring.TargetsTableReader;
import vn.chitieu.table.Lined;
import vn.chitieu.table.Table;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: score a period from files (CLI {@code score}). Every problem of both files is
 * reported at once; only the results of the period and indicator asked for are scored, against
 * the targets of the same indicator and period; a uniform target fills in where the targets file
 * gives none, and must fit every scored indicator ({@code Indicator#refusal}: 0–100 % for a
 * ratio). The board is scored like the one from storage ({@link ScorePeriod}), by {@link Scorer}.
 */
public final class ScoreFiles {

    /**
     * One scoreboard per indicator of {@code indicators}, in that order, from the same files (the
     * command's own indicator is replaced by each in turn): a scoreboard side by side.
     */
    public List<ScoredPeriod> scoreEach(ScoreFilesCommand c, List<IndicatorCode> indicators) {
        List<ScoredPeriod> boards = new ArrayList<>();
        for (IndicatorCode indicator : indicators) {
            boards.add(score(new ScoreFilesCommand(c.tree(), c.catalogue(), c.results(), c.targets(), c.period(), indicator,
                    c.uniform(), c.declared(), c.commend(), c.criticise(), c.profile(), c.moreResults())));
        }
        return boards;
    }

    public ScoredPeriod score(ScoreFilesCommand c) {
        UnitTree tree = units(c.tree(), c.period());
        NameResolver resolver = NameResolver.preferring(tree, c.tree());
        List<InputProblem> problems = new ArrayList<>();
        long total = 0; // problems found, listed or only counted
        List<Result> actuals = List.of();
        List<Assignment> assigned = List.of();
        String resultsFile = null;
        List<Supplier<Table>> files = new ArrayList<>();
        files.add(c.results());
        files.addAll(c.moreResults());
        Map<Result.Key, String> seen = new HashMap<>();
        List<Result> read = new ArrayList<>();
        for (Supplier<Table> file : files) {
            try {
                Table results = file.get();
                resultsFile = resultsFile == null ? results.file() : resultsFile + ", " + results.file();
                List<Lined<Result>> lined = new ResultsTableReader(resolver, c.catalogue()).readLined(results, c.period());
                total += outsideValidity(lined, results.file(), c.tree(), tree, c.period(), problems);
                boolean only = files.size() == 1; // the reader refuses a result given twice in one file
                for (Lined<Result> l : lined) {
                    Result r = l.value();
                    String before = only ? null : seen.putIfAbsent(r.key(), results.file());
                    if (before != null) {
                        problems.add(InputProblem.ofFile(results.file(), r.unit() + " " + r.indicator() + " " + r.period()
                                + " is also in " + before + ": give each period's results once"));
                        total++;
                    }
                    read.add(r);
                }
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                total += e.total();
            }
        }
        actuals = read;
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
        actuals = actuals.stream().filter(r -> onlyIndicator == null || r.indicator().equals(onlyIndicator)).toList();
        AcrossPeriods across = null;
        if (onlyPeriod != null) {
            across = AcrossPeriods.of(actuals, onlyPeriod);
            actuals = across.results();
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
        assigned = assigned.stream().filter(a -> scoredBoards.contains(new Board(a.indicator(), a.period()))
                && tree.contains(a.unit())).toList();
        // the uniform target fills in inside the scorer: no target made per result (a million of them)
        checkUniform(scoredBoards.stream().map(Board::indicator).distinct().toList(), c.uniform(), c.catalogue());
        Scoreboard board = PeriodSums.withWarnings(new Scorer(tree).score(actuals, assigned,
                c.uniform() == null ? null : c.uniform().value(), c.declared()), across);
        return ScoredPeriod.of(board, c.commend(), c.criticise(), c.profile(), null);
    }

    /**
     * A result of the scored period for a unit not valid in it (an old commune in 2026) is refused
     * with its line: its records stay its own and are not scored over a tree it is not part of.
     */
    private static int outsideValidity(List<Lined<Result>> lined, String file, UnitTree registry, UnitTree tree,
            Period period, List<InputProblem> problems) {
        int found = 0;
        if (period == null) {
            return found;
        }
        for (Lined<Result> r : lined) {
            if (r.value().period().equals(period) && !tree.contains(r.value().unit())) {
                found++;
                if (problems.size() < InvalidInputException.MAX_REPORTED) {
                    problems.add(InputProblem.at(file, r.line(), "unit", r.value().unit().value(), r.value().unit()
                            + " is valid " + UnitTree.validity(registry.get(r.value().unit())) + ", not in " + period
                            + ": a unit's results are scored in the periods it existed"));
                }
            }
        }
        return found;
    }

    /**
     * The units a period is scored over (domain.md §10): those of {@code registry} valid on at least
     * one day of {@code period} (null: every unit), so that 2025 is scored over the 2025 units and
     * 2026 over the 2026 ones of the same registry, and names are read among them.
     */
    public static UnitTree units(UnitTree registry, Period period) {
        return period == null ? registry : registry.during(period);
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
