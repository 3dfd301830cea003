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
import vn.chitieu.port.out.DataVersion;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.Results;
import vn.chitieu.port.out.Units;
import vn.chitieu.result.AcrossPeriods;
import vn.chitieu.result.Result;
import vn.chitieu.scoring.DeclaredTotal;
import vn.chitieu.scoring.Score;
import vn.chitieu.scoring.ScoreWarning;
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
 * signed last; an amending or superseding decision takes over from the periods ending on or after its
 * signing date ({@link #targetsInForce}). Only the units valid in the period are scored
 * ({@link ScoreFiles#units}); an old unit's stored results stay its own. Drafts and withdrawn decisions do not count; a uniform target, when the command
 * gives one, fills in for the results without a target in force.
 * <p>With a {@link DataVersion}, a scoreboard asked for as HTTP asks (no declared totals, uniform target, rules or
 * profile) is computed once per version of the store and kept, per indicator, period and subtree: every write that
 * could change it (results or units imported, targets or decisions changed, an approval or a re-opening) gives the
 * store a new version, and the next request computes it again. The store's version is read before its data.
 */
public final class ScorePeriod {

    private final Units units;
    private final Decisions decisions;
    private final Results results;
    private final IndicatorCatalogue catalogue;
    private final Approvals approvals;
    private final DataVersion version;
    /** The scoreboards computed, by what was asked, with the version of the store they were computed from. */
    private final KeptScoreboards kept = new KeptScoreboards();

    /** Scores with the approvals of {@code approvals}: {@link #scored} marks each approved row. */
    public ScorePeriod(Units units, Decisions decisions, Results results, IndicatorCatalogue catalogue,
            Approvals approvals) {
        this(units, decisions, results, catalogue, approvals, DataVersion.UNKNOWN);
    }

    /**
     * As {@link #ScorePeriod(Units, Decisions, Results, IndicatorCatalogue, Approvals)}, keeping each
     * scoreboard computed until {@code version} (the store's) changes.
     */
    public ScorePeriod(Units units, Decisions decisions, Results results, IndicatorCatalogue catalogue,
            Approvals approvals, DataVersion version) {
        this.units = Objects.requireNonNull(units, "units");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.results = Objects.requireNonNull(results, "results");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.approvals = approvals;
        this.version = Objects.requireNonNull(version, "version");
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
        return score(command.indicator(), command.period(), within(command), command.declared(), command.uniform());
    }

    /**
     * The scoreboard with the rows the command's rules commend and criticise and its points (CLI
     * {@code score}); the one HTTP asks for is kept until the store's next write (see the class).
     */
    public ScoredPeriod scored(ScoreStoredCommand c) {
        boolean plain = c.declared().isEmpty() && c.uniform() == null && c.commend() == null && c.criticise() == null
                && c.profile() == null;
        String now = plain ? version.current() : null;
        if (now == null) {
            return compute(c);
        }
        if (catalogue.find(c.indicator()).isEmpty()) {
            return compute(c); // refused there, as always
        }
        return kept.get(c.indicator(), c.period(), within(c), now, () -> compute(c));
    }

    private ScoredPeriod compute(ScoreStoredCommand c) {
        Scoreboard board = score(c);
        return ScoredPeriod.of(board, c.commend(), c.criticise(), c.profile(), approved(board));
    }

    /**
     * One scoreboard per indicator of {@code indicators}, in that order, for the command's period
     * and caller (the command's own indicator is replaced by each in turn): a scoreboard side by side.
     */
    public List<ScoredPeriod> scoredEach(ScoreStoredCommand c, List<IndicatorCode> indicators) {
        List<ScoredPeriod> boards = new ArrayList<>();
        for (IndicatorCode indicator : indicators) {
            boards.add(scored(new ScoreStoredCommand(c.caller(), indicator, c.period(), c.declared(), c.uniform(),
                    c.commend(), c.criticise(), c.profile())));
        }
        return boards;
    }

    /** The subtree the command scores: the caller's, or null for every unit (an admin, a local user). */
    private static UnitCode within(ScoreStoredCommand command) {
        return command.caller() == null || command.caller().isAdmin() ? null : command.caller().scope();
    }



    /** Per unit of the board, the earliest approval that locks its row (rows of one period). */
    private Map<UnitCode, PeriodLock> approved(Scoreboard board) {
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
        List<Result> stored = new ArrayList<>(results.find(indicator, period));
        for (Period part : AcrossPeriods.partsOf(period)) {
            stored.addAll(results.find(indicator, part));
        }
        return score(indicator, period, within, declared, uniform, stored);
    }

    /**
     * The scoreboard of {@code c} (its indicator and period, over its caller's subtree with the ranks of the whole
     * population, its rules and profile) with {@code actuals} as the results instead of the stored ones: e.g. the
     * figures computed from the stored dossiers ({@code ReadIndicators}), every unit's, against the targets in
     * force. Not kept (the figures are the caller's to give).
     */
    public ScoredPeriod scoredFrom(ScoreStoredCommand c, List<Result> actuals) {
        if (catalogue.find(c.indicator()).isEmpty()) {
            throw new InvalidInputException(InputProblem.at(null, 0, "indicator", c.indicator().value(),
                    "no indicator '" + c.indicator() + "'"));
        }
        Scoreboard board = score(c.indicator(), c.period(), within(c), c.declared(), c.uniform(), List.copyOf(actuals));
        return ScoredPeriod.of(board, c.commend(), c.criticise(), c.profile(), approved(board));
    }

    private Scoreboard score(IndicatorCode indicator, Period period, UnitCode within, List<DeclaredTotal> declared,
            ScoreFilesCommand.UniformTarget uniform, List<Result> stored) {
        UnitTree tree = ScoreFiles.units(units.tree(), period);
        AcrossPeriods across = AcrossPeriods.of(stored.stream()
                .filter(r -> r.indicator().equals(indicator) && tree.contains(r.unit())
                        && (within == null || tree.isWithin(r.unit(), within)))
                .toList(), period);
        List<Result> actuals = across.results();
        List<Decision> year = decisions.findByYear(period.year()); // read once: the targets in force, the drafts
        Map<UnitCode, Assignment> inForce = targetsInForce(year, indicator, period, tree, within);
        List<Assignment> targets = ScoreFiles.withUniform(List.copyOf(inForce.values()), actuals, uniform, catalogue);
        Scoreboard board = new Scorer(tree).score(actuals, targets, declared)
                .withWarnings(PeriodSums.warnings(across));
        if (uniform == null) { // a uniform target fills in for them: the user chose what they are scored against
            board = board.withWarnings(draftsWarning(year, indicator, period, tree, within, inForce.keySet()));
        }
        if (within == null) {
            return board;
        }
        return board.rankedAmong(score(indicator, period, null, List.of(), uniform, stored));
    }

    /**
     * Per unit, the assignment in force for {@code period}, restated for that period. Rule: decisions
     * linked by amendment or supersession form a chain; for a period P, the member of a chain in force
     * is the latest one (by signing date) signed on or before the end of P, or, when none is, the
     * first of the chain (a decision of the year applies to its earlier quarters too). Drafts and
     * withdrawn decisions never count. A unit's target in a decision is its own, else its group's
     * ({@link Decision#effectiveTarget}). Among the decisions in force, the target whose period
     * contains P most closely wins, then the decision signed last.
     */
    static Map<UnitCode, Assignment> targetsInForce(List<Decision> year, IndicatorCode indicator, Period period,
            UnitTree tree, UnitCode within) {
        List<Candidate> candidates = new ArrayList<>();
        for (Decision d : inForce(year, period)) {
            for (Assignment a : targets(d, indicator, period, tree, within)) {
                candidates.add(new Candidate(a, d.signedOn().orElse(LocalDate.MIN)));
            }
        }
        candidates.sort(Comparator.comparing((Candidate c) -> c.assignment().period().end().toEpochDay()
                - c.assignment().period().start().toEpochDay()).reversed().thenComparing(Candidate::signedOn));
        Map<UnitCode, Assignment> byUnit = new HashMap<>();
        for (Candidate c : candidates) {
            byUnit.put(c.assignment().unit(), c.assignment().forPeriod(period));
        }
        return byUnit;
    }

    /** {@code d}'s targets (a unit's own, else its group's) of {@code indicator} for {@code period}, in the scope. */
    private static List<Assignment> targets(Decision d, IndicatorCode indicator, Period period, UnitTree tree,
            UnitCode within) {
        return d.effectiveTargets(tree).values().stream().filter(a -> a.indicator().equals(indicator)
                && period.isWithin(a.period()) && tree.contains(a.unit())
                && (within == null || tree.isWithin(a.unit(), within))).toList();
    }

    /**
     * A {@link ScoreWarning#TARGETS_IN_DRAFTS} warning when units of the scope have a target for {@code indicator}
     * and {@code period} in a draft decision of {@code year} and none in force ({@code targeted}): a user who
     * imported targets and scored sees why the target columns are empty. None otherwise.
     */
    private static List<ScoreWarning> draftsWarning(List<Decision> year, IndicatorCode indicator, Period period,
            UnitTree tree, UnitCode within, java.util.Set<UnitCode> targeted) {
        long drafted = year.stream().filter(d -> d.status() == DecisionStatus.DRAFT)
                .flatMap(d -> targets(d, indicator, period, tree, within).stream()).map(Assignment::unit)
                .filter(u -> !targeted.contains(u)).distinct().count();
        return drafted == 0 ? List.of()
                : List.of(new ScoreWarning(ScoreWarning.TARGETS_IN_DRAFTS, indicator + ":" + period, null, drafted, null));
    }

    /** Of {@code year}'s decisions, those in force for {@code period}: one per amendment / supersession chain. */
    static List<Decision> inForce(List<Decision> year, Period period) {
        Map<vn.chitieu.decision.DecisionId, Decision> issued = new java.util.LinkedHashMap<>();
        year.stream().filter(Decision::wasIssued).forEach(d -> issued.put(d.id(), d));
        Map<vn.chitieu.decision.DecisionId, List<Decision>> chains = new java.util.LinkedHashMap<>();
        for (Decision d : issued.values()) {
            Decision root = d;
            java.util.Set<vn.chitieu.decision.DecisionId> seen = new java.util.HashSet<>();
            while (root.replaces().isPresent() && issued.containsKey(root.replaces().get()) && seen.add(root.id())) {
                root = issued.get(root.replaces().get());
            }
            chains.computeIfAbsent(root.id(), k -> new ArrayList<>()).add(d);
        }
        List<Decision> out = new ArrayList<>();
        for (List<Decision> chain : chains.values()) {
            chain.sort(Comparator.comparing((Decision d) -> d.signedOn().orElse(LocalDate.MIN)));
            Decision chosen = chain.get(0);
            for (Decision d : chain) {
                if (!d.signedOn().orElse(LocalDate.MIN).isAfter(period.end())) {
                    chosen = d;
                }
            }
            out.add(chosen);
        }
        return out;
    }

    private record Candidate(Assignment assignment, LocalDate signedOn) {
    }
}
