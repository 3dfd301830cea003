package vn.chitieu.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.chitieu.unit.UnitKind;

/**
 * The scored rows of a period with their ranks and flags, totals per unit kind and overall, and
 * the warnings from reconciling declared totals. Made by {@link Scorer}.
 */
public record Scoreboard(List<Score> rows, Totals totals, Map<UnitKind, Totals> totalsByKind,
        List<ScoreWarning> warnings) {

    public Scoreboard {
        rows = List.copyOf(rows);
        EnumMap<UnitKind, Totals> byKind = new EnumMap<>(UnitKind.class);
        byKind.putAll(totalsByKind);
        totalsByKind = Collections.unmodifiableMap(byKind);
        warnings = List.copyOf(warnings);
    }

    public List<Score> rowsOf(UnitKind kind) {
        return rows.stream().filter(s -> s.unit().kind() == kind).toList();
    }
}
