package vn.chitieu.application.scoring;

import java.util.List;
import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.scoring.DeclaredTotal;

/**
 * Score the stored results of {@code indicator} in {@code period}, as {@code caller} may see them
 * (null: a local user, who sees every unit), reconciled with the {@code declared} totals.
 */
public record ScoreStoredCommand(Caller caller, IndicatorCode indicator, Period period, List<DeclaredTotal> declared) {

    public ScoreStoredCommand {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        declared = declared == null ? List.of() : List.copyOf(declared);
    }
}
