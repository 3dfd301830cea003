package vn.chitieu.application.dossier;

import java.util.List;
import java.util.Objects;
import vn.chitieu.application.scoring.ScorePeriod;
import vn.chitieu.application.scoring.ScoreStoredCommand;
import vn.chitieu.application.scoring.ScoredPeriod;
import vn.chitieu.port.out.Storage;
import vn.chitieu.result.Result;

/**
 * Use case: the scoreboard of a computed indicator over the stored dossiers (HTTP
 * {@code GET /api/v1/scoreboard?source=dossiers}): every unit's figure is read from the stored counts
 * ({@link ReadIndicators}, as {@code GET /api/v1/indicators} answers it) and scored as the results against the
 * targets in force ({@link ScorePeriod#scoredFrom}), over the caller's subtree with the ranks of the whole
 * population; as in {@link ScoreDossiers}, the overall counts are those of the rows no other row's unit contains
 * (a unit's figure covers its subtree).
 */
public final class ScoreStoredDossiers {

    private final Storage storage;
    private final ReadIndicators indicators;
    private final ScorePeriod scoring;

    public ScoreStoredDossiers(Storage storage, ScorePeriod scoring) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.indicators = new ReadIndicators(storage);
        this.scoring = Objects.requireNonNull(scoring, "scoring");
    }

    public ScoredPeriod scored(ScoreStoredCommand c) {
        // every unit's figures: the ranks are among the whole population; the board keeps the caller's subtree only
        ComputedIndicators all = indicators.read(new ReadIndicatorsCommand(c.period(), null, null, null));
        List<Result> actuals = all.results().stream().filter(r -> r.indicator().equals(c.indicator())).toList();
        return ScoreDossiers.withCountsOfTopRows(scoring.scoredFrom(c, actuals), storage.units().tree());
    }
}
