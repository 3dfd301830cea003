package vn.chitieu.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitKind;

/**
 * The scored rows of a period with their ranks and flags, totals per unit kind and overall, and
 * the warnings from reconciling declared totals. Made by {@link Scorer}.
 */
public record Scoreboard(List<Score> rows, Totals totals, Map<UnitKind, Totals> totalsByKind,
        List<ScoreWarning> warnings, Map<UnitKind, Integer> rankedByKind) {

    public Scoreboard {
        rows = rows instanceof ScoredSections ? rows : List.copyOf(rows); // scored a section at a time: not held
        // without totals: a board scored a section at a time, its sums made from its rows when first asked for
        if (totals != null || !(rows instanceof ScoredSections)) {
            EnumMap<UnitKind, Totals> byKind = new EnumMap<>(UnitKind.class);
            byKind.putAll(totalsByKind);
            totalsByKind = Collections.unmodifiableMap(byKind);
            warnings = List.copyOf(warnings);
            EnumMap<UnitKind, Integer> ranked = new EnumMap<>(UnitKind.class);
            ranked.putAll(rankedByKind);
            rankedByKind = Collections.unmodifiableMap(ranked);
        }
    }

    /** A board scored a section at a time whose sums are made from its rows when first asked for. */
    public Scoreboard(ScoredSections rows) {
        this(rows, null, null, null, null);
    }

    @Override
    public Totals totals() {
        return totals != null ? totals : summary().totals();
    }

    @Override
    public Map<UnitKind, Totals> totalsByKind() {
        return totals != null ? totalsByKind : summary().totalsByKind();
    }

    @Override
    public List<ScoreWarning> warnings() {
        return totals != null ? warnings : summary().warnings();
    }

    @Override
    public Map<UnitKind, Integer> rankedByKind() {
        return totals != null ? rankedByKind : summary().rankedByKind();
    }

    /** Equal boards have the same rows and sums, whether the sums were given or are made from the rows. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Scoreboard b && rows.equals(b.rows) && totals().equals(b.totals())
                && totalsByKind().equals(b.totalsByKind()) && warnings().equals(b.warnings())
                && rankedByKind().equals(b.rankedByKind());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(rows, totals(), totalsByKind(), warnings(), rankedByKind());
    }

    @Override
    public String toString() {
        return "Scoreboard[rows=" + rows + ", totals=" + totals() + ", totalsByKind=" + totalsByKind() + ", warnings="
                + warnings() + ", rankedByKind=" + rankedByKind() + "]";
    }

    private ScoredSections.Summary summary() {
        return ((ScoredSections) rows).summary();
    }

    /** A board whose ranks are among its own rows. */
    public Scoreboard(List<Score> rows, Totals totals, Map<UnitKind, Totals> totalsByKind, List<ScoreWarning> warnings) {
        this(rows, totals, totalsByKind, warnings, rankedOf(rows));
    }

    /**
     * How many units of {@code kind} were ranked: the 15 of "rank 4 of 15 districts". For a board
     * of a subtree (scored within a unit's subtree), ranks and this count are those of
     * the whole population, not of the subtree. Meant for a board of one indicator and period.
     */
    public int rankedOf(UnitKind kind) {
        return rankedByKind().getOrDefault(kind, 0);
    }

    private static Map<UnitKind, Integer> rankedOf(List<Score> rows) {
        EnumMap<UnitKind, Integer> ranked = new EnumMap<>(UnitKind.class);
        for (Score s : rows) {
            if (s.rank() != null) {
                ranked.merge(s.unit().kind(), 1, Integer::sum);
            }
        }
        return ranked;
    }

    /**
     * The rows by indicator and period, in the order of the indicators' codes and then of the periods.
     * A board scored a section at a time ({@link ScoredSections}) gives its sections, scored as they are read.
     */
    public List<BoardSection> sections() {
        if (rows instanceof ScoredSections scored) {
            return scored.sections();
        }
        Map<IndicatorCode, Map<Period, List<Score>>> bySection = new TreeMap<>(Comparator.comparing(IndicatorCode::value));
        for (Score s : rows) {
            bySection.computeIfAbsent(s.indicator(), k -> new TreeMap<>()).computeIfAbsent(s.period(), k -> new ArrayList<>())
                    .add(s);
        }
        List<BoardSection> sections = new ArrayList<>();
        bySection.forEach((indicator, periods) -> periods.forEach((period, list) ->
                sections.add(BoardSection.of(indicator, period, list))));
        return sections;
    }

    /** This board with {@code more} warnings after its own; itself when there are none. */
    public Scoreboard withWarnings(List<ScoreWarning> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<ScoreWarning> all = new ArrayList<>(warnings());
        all.addAll(more);
        return new Scoreboard(rows(), totals(), totalsByKind(), all, rankedByKind());
    }

    /**
     * This board of a subtree with the ranks of {@code whole}, the board of the whole population:
     * a district's viewer is told its communes' places among every commune (rank 4 of 15), not
     * among its own.
     */
    public Scoreboard rankedAmong(Scoreboard whole) {
        Map<vn.chitieu.unit.UnitCode, Integer> ranks = new java.util.HashMap<>();
        whole.rows().forEach(s -> ranks.put(s.unit().code(), s.rank()));
        List<Score> ranked = rows.stream().map(s -> s.withRank(ranks.get(s.unit().code()))).toList();
        return new Scoreboard(ranked, totals(), totalsByKind(), warnings(), whole.rankedByKind());
    }
}
