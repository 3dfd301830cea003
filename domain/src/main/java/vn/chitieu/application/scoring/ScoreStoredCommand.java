package vn.chitieu.application.scoring;

import java.util.List;
import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.scoring.DeclaredTotal;
import vn.chitieu.scoring.ScoringProfile;
import vn.chitieu.scoring.SelectionRule;

/**
 * Score the stored results of {@code indicator} in {@code period}, as {@code caller} may see them
 * (null: a local user, who sees every unit), reconciled with the {@code declared} totals. A
 * {@code uniform} target (null: none) fills in for every result without a target in force (CLI
 * {@code score --target}); {@code commend}, {@code criticise} and {@code profile} may be null, as in
 * {@link ScoreFilesCommand}.
 */
public record ScoreStoredCommand(Caller caller, IndicatorCode indicator, Period period, List<DeclaredTotal> declared,
        ScoreFilesCommand.UniformTarget uniform, SelectionRule commend, SelectionRule criticise,
        ScoringProfile profile) {

    public ScoreStoredCommand {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        declared = declared == null ? List.of() : List.copyOf(declared);
    }

    /** The scoreboard alone, against the targets in force (HTTP {@code /scoreboard}). */
    public ScoreStoredCommand(Caller caller, IndicatorCode indicator, Period period, List<DeclaredTotal> declared) {
        this(caller, indicator, period, declared, null, null, null, null);
    }
}
