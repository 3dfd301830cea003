package vn.chitieu.application.scoring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

/**
 * Scoreboards kept per (indicator, period, subtree) for one version of the store: asked again at the same
 * version, the kept one answers; at another, it is computed anew. Shared by the scoreboard over results
 * ({@link ScorePeriod}) and over stored dossiers; safe for concurrent requests.
 */
public final class KeptScoreboards {

    /** The most scoreboards kept (indicators × periods × subtrees asked for); past it, all are dropped. */
    static final int MAX_KEPT = 256;

    private final Map<Asked, Kept> kept = new ConcurrentHashMap<>();

    /** The scoreboard of (indicator, period, within) at store version {@code version}: kept, or computed and kept. */
    public ScoredPeriod get(IndicatorCode indicator, Period period, UnitCode within, String version,
            Supplier<ScoredPeriod> compute) {
        Asked asked = new Asked(indicator, period, within);
        Kept k = kept.get(asked);
        if (k != null && k.version().equals(version)) {
            return k.scored();
        }
        ScoredPeriod scored = compute.get();
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(asked, new Kept(version, scored));
        return scored;
    }

    private record Asked(IndicatorCode indicator, Period period, UnitCode within) {
    }

    private record Kept(String version, ScoredPeriod scored) {
    }
}
