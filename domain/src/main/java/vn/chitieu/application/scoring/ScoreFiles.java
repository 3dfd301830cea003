package vn.chitieu.application.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
import vn.chitieu.scoring.BoardSection;
import vn.chitieu.scoring.Score;
import vn.chitieu.scoring.ScoreWarning;
import vn.chitieu.scoring.ScoredSections;
import vn.chitieu.scoring.Scoreboard;
import vn.chitieu.scoring.Scorer;
import vn.chitieu.scoring.TargetsTableReader;
import vn.chitieu.scoring.Totals;
import vn.chitieu.table.Table;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.UnitKind;
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
        ResultsTableReader reader = new ResultsTableReader(resolver, c.catalogue());
        List<InputProblem> problems = new ArrayList<>();
        long total = 0; // problems found, listed or only counted
        List<Assignment> assigned = List.of();
        String resultsFile = null;
        List<Supplier<Table>> files = new ArrayList<>();
        files.add(c.results());
        files.addAll(c.moreResults());
        List<String> names = new ArrayList<>();
        Period onlyPeriod = c.period();
        IndicatorCode onlyIndicator = c.indicator();
        // every row is held (compactly) to refuse one given twice; the parts of the period asked for also as results
        ResultStore store = new ResultStore(c.tree());
        List<Result> within = onlyPeriod == null ? null : new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            List<InputProblem> found = new ArrayList<>(); // beyond the reader's own: reported when the file reads well
            long[] more = {0};
            int file = f;
            try {
                Table results = files.get(f).get();
                resultsFile = resultsFile == null ? results.file() : resultsFile + ", " + results.file();
                names.add(results.file());
                int listed = problems.size();
                reader.readEach(results, onlyPeriod, (line, r) -> {
                    if (onlyPeriod != null && r.period().equals(onlyPeriod) && !tree.contains(r.unit())) {
                        // its records stay its own: not scored over a tree it is not part of
                        more[0]++;
                        if (listed + found.size() < InvalidInputException.MAX_REPORTED) {
                            found.add(InputProblem.at(results.file(), line, "unit", r.unit().value(), r.unit()
                                    + " is valid " + UnitTree.validity(c.tree().get(r.unit())) + ", not in " + onlyPeriod
                                    + ": a unit's results are scored in the periods it existed"));
                        }
                    }
                    long first = store.add(file, line, r);
                    if (first >= 0 && (int) (first >>> 32) == file) {
                        return (int) first; // the reader refuses a result given twice in one file
                    }
                    if (first >= 0) {
                        more[0]++;
                        if (listed + found.size() < InvalidInputException.MAX_REPORTED) {
                            found.add(InputProblem.at(results.file(), line, "unit", r.unit().value(), r.unit() + " "
                                    + r.indicator() + " " + r.period() + " is also in " + names.get((int) (first >>> 32))
                                    + " (line " + (int) first + "): give each period's results once"));
                        }
                    } else if (within != null && r.period().isWithin(onlyPeriod)
                            && (onlyIndicator == null || r.indicator().equals(onlyIndicator))) {
                        within.add(r);
                    }
                    return -1;
                });
                problems.addAll(found);
                total += more[0];
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                total += e.total();
            }
        }
        List<ResultStore.Section> read = store.sections();
        List<ResultStore.Section> sections = read.stream()
                .filter(s -> onlyIndicator == null || s.indicator().equals(onlyIndicator)).toList();
        if (c.targets() != null) {
            IndicatorCode defaultIndicator = c.indicator();
            if (defaultIndicator == null && read.stream().map(ResultStore.Section::indicator).distinct().count() == 1) {
                defaultIndicator = read.get(0).indicator();
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
        AcrossPeriods across = null;
        if (onlyPeriod != null) {
            across = AcrossPeriods.of(within, onlyPeriod);
            ResultStore summed = new ResultStore(c.tree());
            across.results().forEach(r -> summed.add(0, 0, r));
            sections = summed.sections();
        }
        if (sections.isEmpty()) {
            throw new InvalidInputException(InputProblem.ofFile(resultsFile, "no results"
                    + (onlyPeriod == null ? "" : " for period " + onlyPeriod)
                    + (onlyIndicator == null ? "" : " of indicator " + onlyIndicator)));
        }
        // the uniform target fills in inside the scorer: no target made per result (a million of them)
        checkUniform(sections.stream().map(ResultStore.Section::indicator).distinct().toList(), c.uniform(), c.catalogue());
        Map<Board, List<Assignment>> targets = new HashMap<>();
        Set<Board> scored = new HashSet<>();
        sections.forEach(s -> scored.add(new Board(s.indicator(), s.period())));
        for (Assignment a : assigned) {
            Board b = new Board(a.indicator(), a.period());
            if (scored.contains(b) && tree.contains(a.unit())) {
                targets.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
            }
        }
        return scoreBySection(c, tree, sections, targets, across);
    }

    /**
     * The board of {@code sections}, in the order of the indicators' codes and then of the periods,
     * scored one section at a time as its rows are read; its sums are added up as the sections pass in
     * order ({@link ScoredSections#summary}). The rows the rules select are found in one such reading,
     * section by section (peers are those of a section), which sums the board too. No more than a
     * section's scores is held, whatever the number of rows.
     */
    private static ScoredPeriod scoreBySection(ScoreFilesCommand c, UnitTree tree, List<ResultStore.Section> sections,
            Map<Board, List<Assignment>> targets, AcrossPeriods across) {
        Scorer scorer = new Scorer(tree);
        BigDecimal uniform = c.uniform() == null ? null : c.uniform().value();
        List<ResultStore.Section> ordered = new ArrayList<>(sections);
        ordered.sort(Comparator.comparing((ResultStore.Section s) -> s.indicator().value())
                .thenComparing(ResultStore.Section::period));
        Function<Totals, List<ScoreWarning>> warnings = totals -> {
            List<ScoreWarning> all = new ArrayList<>(Scorer.reconcile(totals, c.declared()));
            all.addAll(PeriodSums.warnings(across));
            return all;
        };
        List<BoardSection> board = ordered.stream().map(section -> {
            List<Assignment> own = targets.getOrDefault(new Board(section.indicator(), section.period()), List.of());
            return counted(section, own, tree, () -> scorer.rows(section.results(), own, uniform));
        }).toList();
        ScoredSections rows = new ScoredSections(board, warnings);
        List<Score> commended = c.commend() == null ? null : new ArrayList<>();
        List<Score> criticised = c.criticise() == null ? null : new ArrayList<>();
        if (commended != null || criticised != null) {
            for (BoardSection section : rows.sections()) {
                List<Score> scored = section.rows();
                if (commended != null) {
                    commended.addAll(c.commend().select(scored));
                }
                if (criticised != null) {
                    criticised.addAll(c.criticise().select(scored));
                }
            }
        }
        Scoreboard scoreboard = new Scoreboard(rows);
        return new ScoredPeriod(scoreboard, commended, criticised,
                c.profile() == null ? null : c.profile().points(scoreboard.rows()), null);
    }

    /**
     * The section of {@code section}'s results and {@code targets} before it is scored: one row per result,
     * one per unit with a target and no result (as {@link Scorer#rows} makes them), counted by kind.
     */
    private static BoardSection counted(ResultStore.Section section, List<Assignment> targets, UnitTree tree,
            Supplier<List<Score>> score) {
        Map<UnitKind, Integer> kinds = new EnumMap<>(UnitKind.class);
        Set<vn.chitieu.unit.UnitCode> withResult = new HashSet<>();
        section.forEachUnit(unit -> {
            kinds.merge(tree.get(unit).kind(), 1, Integer::sum);
            if (!targets.isEmpty()) {
                withResult.add(unit);
            }
        });
        for (Assignment a : targets) {
            if (withResult.add(a.unit())) {
                kinds.merge(tree.get(a.unit()).kind(), 1, Integer::sum);
            }
        }
        return new BoardSection(section.indicator(), section.period(), kinds, section.size(), section.detailed(), score);
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
