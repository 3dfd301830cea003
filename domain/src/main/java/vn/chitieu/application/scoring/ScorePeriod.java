package vn.chitieu.application.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.Approvals;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.Results;
import vn.chitieu.port.out.Units;
import vn.chitieu.result.Result;
import vn.chitieu.scoring.DeclaredTotal;
import vn.chitieu.scoring.Score;
import vn.chitieu.scoring.Scoreboard;
import vn.chitieu.scoring.Scorer;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: the scoreboard of one indicator and period from what storage holds (HTTP
 * {@code /scoreboard}), over the caller's subtree (an admin, or no caller: every unit) with the
 * ranks of the whole population. The indicator must be known. The target of a unit for a period is taken from the
 * issued (or amended) decisions of that year: the assignment whose period contains the scored
 * period most closely (a quarter's own target before the year's), and among equals the decision
 * signed last. Drafts and superseded decisions do not count; a uniform target, when the command
 * gives one, fills in for the results without a target in force.
 */
public final class ScorePeriod {

    private final Units units;
    private final Decisions decisions;
    private final Results results;
    private final IndicatorCatalogue catalogue;
    private final Approvals approvals;

    /** Scores with the approvals of {@code approvals}: {@link #scored} marks each approved row. */
    public ScorePeriod(Units units, Decisions decisions, Results results, IndicatorCatalogue catalogue,
            Approvals approvals) {
        this.units = Objects.requireNonNull(units, "units");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.results = Objects.requireNonNull(results, "results");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.approvals = approvals;
    }

    /** Scores without approvals ({@link ScoredPeriod#approved} is null). */
    public ScorePeriod(Units units, Decisions decisions, Results results, IndicatorCatalogue catalogue) {
        this(units, decisions, results, catalogue, null);
    }

    public Scoreboard score(ScoreStoredCommand command) {
        if (catalogue.find(command.indicator()).isEmpty()) {
            throw new InvalidInputException(InputProblem.at(null, 0, "indicator", command.indicator().value(),
                    "no indicator '" + command.indicator() + "'"));
        }
        UnitCode within = command.caller() == null || command.caller().isAdmin() ? null : command.caller().scope();
        return score(command.indicator(), command.period(), within, command.declared(), command.uniform());
    }

    /** The scoreboard with the rows the command's rules commend and criticise and its points (CLI {@code score}). */
    public ScoredPeriod scored(ScoreStoredCommand c) {
        Scoreboard board = score(c);
        return ScoredPeriod.of(board, c.commend(), c.criticise(), c.profile(), approved(board, c.period()));
    }

    /** Per unit of the board, the earliest approval that locks its row (rows of one period). */
    private Map<UnitCode, PeriodLock> approved(Scoreboard board, Period period) {
        if (approvals == null) {
            return null;
        }
        List<PeriodLock> locks = approvals.all();
        Map<UnitCode, PeriodLock> approved = new HashMap<>();
        if (locks.isEmpty()) {
            return approved;
        }
        UnitTree tree = units.tree();
        for (Score row : board.rows()) {
            locks.stream().filter(l -> l.covers(tree, row.unit().code(), row.period())).findFirst()
                    .ifPresent(l -> approved.put(row.unit().code(), l));
        }
        return approved;
    }

    /**
     * Scores the stored results of {@code indicator} in {@code period} against the targets of the
     * decisions in force; {@code within} limits it to a unit's subtree (null: every unit).
     */
    Scoreboard score(IndicatorCode indicator, Period period, UnitCode within, List<DeclaredTotal> declared,
            ScoreFilesCommand.UniformTarget uniform) {
        UnitTree tree = units.tree();
        List<Result> actuals = results.find(indicator, period).stream()
                .filter(r -> r.period().equals(period) && (within == null || tree.isWithin(r.unit(), within)))
                .toList();
        List<Assignment> targets = ScoreFiles.withUniform(List.copyOf(targetsInForce(indicator, period, tree, within)
                .values()), actuals, uniform, catalogue);
        Scoreboard board = new Scorer(tree).score(actuals, targets, declared);
        if (within == null) {
            return board;
        }
        return board.rankedAmong(score(indicator, period, null, List.of(), uniform));
    }

    /** Per unit, the assignment in force for {@code period}, restated for that period. */
    Map<UnitCode, Assignment> targetsInForce(IndicatorCode indicator, Period period, UnitTree tree, UnitCode within) {
        List<Candidate> candidates = new ArrayList<>();
        for (Decision d : decisions.findByYear(period.year())) {
            if (d.status() != DecisionStatus.ISSUED && d.status() != DecisionStatus.AMENDED) {
                continue;
            }
            for (Assignment a : d.assignments()) {
                if (a.indicator().equals(indicator) && period.isWithin(a.period()) && tree.contains(a.unit())
                        && (within == null || tree.isWithin(a.unit(), within))) {
                    candidates.add(new Candidate(a, d.signedOn().orElse(LocalDate.MIN)));
                }
            }
        }
        candidates.sort(Comparator.comparing((Candidate c) -> c.assignment().period().end().toEpochDay()
                - c.assignment().period().start().toEpochDay()).reversed().thenComparing(Candidate::signedOn));
        Map<UnitCode, Assignment> byUnit = new HashMap<>();
        for (Candidate c : candidates) {
            Assignment a = c.assignment();
            byUnit.put(a.unit(), new Assignment(a.unit(), a.indicator(), period, a.target(), a.baseline(),
                    a.baselinePeriod(), a.procedures(), a.leadUnit(), a.coordinatingUnit(), a.reason()));
        }
        return byUnit;
    }

    private record Candidate(Assignment assignment, LocalDate signedOn) {
    }
}
