package vn.chitieu.application.dossier;

import java.util.List;
import java.util.Objects;
import vn.chitieu.application.scoring.ScorePeriod;
import vn.chitieu.application.scoring.KeptScoreboards;
import vn.chitieu.application.scoring.ScoreStoredCommand;
import vn.chitieu.application.scoring.ScoredPeriod;
import vn.chitieu.port.out.DataVersion;
import vn.chitieu.port.out.Storage;
import vn.chitieu.result.Result;
import vn.chitieu.unit.UnitCode;

/**
 * Use case: the scoreboard of a computed indicator over the stored dossiers (HTTP
 * {@code GET /api/v1/scoreboard?source=dossiers}): every unit's figure is read from the stored counts
 * ({@link ReadIndicators}, as {@code GET /api/v1/indicators} answers it) and scored as the results against the
 * targets in force ({@link ScorePeriod#scoredFrom}), over the caller's subtree with the ranks of the whole
 * population; as in {@link ScoreDossiers}, the overall counts are those of the rows no other row's unit contains
 * (a unit's figure covers its subtree).
 * <p>As {@link ScorePeriod} keeps the results' scoreboard, a scoreboard asked for as HTTP asks (no declared
 * totals, uniform target, rules or profile) is computed once per version of the store ({@link Storage#version})
 * and kept, per indicator, period and subtree: a dossier or procedure import, a decision, target, unit or approval
 * written gives the store a new version, and the next request computes it again. The version is read before the
 * data, so a write that commits in between is never hidden.
 */
public final class ScoreStoredDossiers {

    private final Storage storage;
    private final ReadIndicators indicators;
    private final ScorePeriod scoring;
    private final DataVersion version;
    private final KeptScoreboards kept = new KeptScoreboards();

    public ScoreStoredDossiers(Storage storage, ScorePeriod scoring) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.indicators = new ReadIndicators(storage);
        this.scoring = Objects.requireNonNull(scoring, "scoring");
        this.version = Objects.requireNonNullElse(storage.version(), DataVersion.UNKNOWN);
    }

    public ScoredPeriod scored(ScoreStoredCommand c) {
        boolean plain = c.declared().isEmpty() && c.uniform() == null && c.commend() == null && c.criticise() == null
                && c.profile() == null;
        String now = plain ? version.current() : null;
        if (now == null) {
            return compute(c);
        }
        UnitCode within = c.caller() == null || c.caller().isAdmin() ? null : c.caller().scope();
        return kept.get(c.indicator(), c.period(), within, now, () -> compute(c));
    }

    private ScoredPeriod compute(ScoreStoredCommand c) {
        // every unit's figures: the ranks are among the whole population; the board keeps the caller's subtree only
        ComputedIndicators all = indicators.read(new ReadIndicatorsCommand(c.period(), null, null, null));
        List<Result> actuals = all.results().stream().filter(r -> r.indicator().equals(c.indicator())).toList();
        return ScoreDossiers.withCountsOfTopRows(scoring.scoredFrom(c, actuals), storage.units().tree());
    }
}
