package vn.chitieu.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitKind;

/**
 * The rows of a scoreboard for one indicator and period, and what a report needs to know of them
 * before reading them: how many of each unit kind, how many are results (not a target without one,
 * {@link ScoreFlag#NO_RESULT}) and how many of those carry the wide on-time columns. The rows may be
 * scored when {@link #rows()} is called (a board of a million rows is scored a section at a time).
 */
public record BoardSection(IndicatorCode indicator, Period period, Map<UnitKind, Integer> kinds, int results,
        int detailed, Supplier<List<Score>> scored) {

    public BoardSection {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        EnumMap<UnitKind, Integer> copy = new EnumMap<>(UnitKind.class);
        copy.putAll(kinds);
        kinds = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(scored, "scored");
    }

    /** The section of {@code rows}, all of {@code indicator} and {@code period}, held as they are. */
    public static BoardSection of(IndicatorCode indicator, Period period, List<Score> rows) {
        List<Score> held = List.copyOf(rows);
        Map<UnitKind, Integer> kinds = new EnumMap<>(UnitKind.class);
        int results = 0;
        int detailed = 0;
        for (Score s : held) {
            kinds.merge(s.unit().kind(), 1, Integer::sum);
            if (!s.hasFlag(ScoreFlag.NO_RESULT)) {
                results++;
                if (s.detail() != null) {
                    detailed++;
                }
            }
        }
        return new BoardSection(indicator, period, kinds, results, detailed, () -> held);
    }

    /** How many rows the section has. */
    public int size() {
        return kinds.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The rows, each of a unit of {@link #kinds()}, ranked among the section's peers. */
    public List<Score> rows() {
        return scored.get();
    }
}
