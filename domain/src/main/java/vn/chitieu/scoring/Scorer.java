package vn.chitieu.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.chitieu.decision.Assignment;
import vn.chitieu.indicator.Ratio;
import vn.chitieu.result.OnTimeDetail;
import vn.chitieu.result.Result;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/**
 * Scores actual results against targets (domain.md §6): value, met, gap, dossiers still needed,
 * competition rank within the unit kind, consistency flags, totals, and reconciliation of the
 * totals the source document declares. A target without a result gives a row flagged
 * {@link ScoreFlag#NO_DATA} and {@link ScoreFlag#NO_RESULT}; a result without a target gives a row flagged
 * {@link ScoreFlag#NO_TARGET}.
 */
public final class Scorer {

    /** A printed rate may differ from the computed one by rounding; more than this many points is flagged. */
    public static final BigDecimal STATED_RATE_TOLERANCE = new BigDecimal("0.05");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final UnitTree units;

    public Scorer(UnitTree units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    public Scoreboard score(List<Result> results, List<Assignment> targets, List<DeclaredTotal> declared) {
        return score(results, targets, null, declared);
    }

    /**
     * As {@link #score(List, List, List)}, with {@code uniform} (null: none) the target of every
     * result that {@code targets} gives none (checked by the caller to fit the indicators).
     */
    public Scoreboard score(List<Result> results, List<Assignment> targets, BigDecimal uniform,
            List<DeclaredTotal> declared) {
        List<Score> rows = rows(results, targets, uniform);
        Map<UnitKind, List<Score>> byKind = new EnumMap<>(UnitKind.class);
        for (Score s : rows) {
            byKind.computeIfAbsent(s.unit().kind(), k -> new ArrayList<>()).add(s);
        }
        Map<UnitKind, Totals> totalsByKind = new EnumMap<>(UnitKind.class);
        byKind.forEach((kind, list) -> totalsByKind.put(kind, Totals.of(list)));
        Totals totals = Totals.of(rows);
        return new Scoreboard(rows, totals, totalsByKind, reconcile(totals, declared));
    }

    /**
     * The ranked rows of {@link #score(List, List, BigDecimal, List)}, without totals: each result
     * against its target (or {@code uniform}), then a row for each target without a result.
     */
    public List<Score> rows(List<Result> results, List<Assignment> targets, BigDecimal uniform) {
        Map<Result.Key, Assignment> unscored = new LinkedHashMap<>(targets.size() * 4 / 3 + 16);
        for (Assignment a : targets) {
            unscored.put(new Result.Key(a.unit(), a.indicator(), a.period()), a);
        }
        List<Score> rows = new ArrayList<>(results.size() + 16);
        Set<Result.Key> scored = new HashSet<>(results.size() * 4 / 3 + 16);
        Aligned aligned = new Aligned();
        for (Result r : results) {
            Result.Key key = r.key();
            if (!scored.add(key)) {
                throw new IllegalArgumentException("two results for " + r.unit() + ", " + r.indicator() + ", " + r.period());
            }
            Assignment a = unscored.isEmpty() ? null : unscored.remove(key);
            rows.add(score(r, a == null ? uniform : a.target(), aligned));
        }
        for (Assignment a : unscored.values()) {
            rows.add(new Score(unit(a.unit()), a.indicator(), a.period(), null, null, null, a.target(), null,
                    null, null, null, EnumSet.of(ScoreFlag.NO_DATA, ScoreFlag.NO_RESULT), null));
        }
        return Ranking.rank(rows);
    }

    /** One row: the result against its target (null when none was assigned). */
    public Score score(Result r, BigDecimal target) {
        return score(r, target, null);
    }

    private Score score(Result r, BigDecimal target, Aligned aligned) {
        Set<ScoreFlag> flags = EnumSet.noneOf(ScoreFlag.class);
        BigDecimal value = r.value();
        if (value == null) {
            flags.add(ScoreFlag.NO_DATA);
        }
        if (r.hasCounts() && r.numerator() > r.denominator()) {
            flags.add(ScoreFlag.NUMERATOR_EXCEEDS_DENOMINATOR);
        }
        if (r.detail() != null) {
            check(r.detail(), flags);
        }
        if (target == null) {
            flags.add(ScoreFlag.NO_TARGET);
        }
        // b > a gives a value above 100 %: shown, flagged, but neither met nor compared (domain.md §6)
        boolean comparable = value != null && !flags.contains(ScoreFlag.NUMERATOR_EXCEEDS_DENOMINATOR);
        Boolean met = null;
        BigDecimal gap = null;
        if (comparable && target != null) {
            BigDecimal against = aligned == null ? target : aligned.to(target, value.scale());
            met = value.compareTo(against) >= 0;
            gap = value.subtract(against);
        }
        Long needed = null;
        if (target != null && r.hasCounts() && r.denominator() > 0) {
            needed = Math.max(0, required(target, r.denominator()) - r.numerator());
        }
        return new Score(unit(r.unit()), r.indicator(), r.period(), r.numerator(), r.denominator(), value, target,
                met, gap, needed, null, flags, r.detail());
    }

    /**
     * ⌈target × a / 100⌉, the numerator that meets {@code target}: in longs when the target's digits times
     * {@code a} fit (a target of at most 18 decimals), else in BigDecimal; the same number either way.
     */
    static long required(BigDecimal target, long a) {
        int scale = target.scale();
        if (scale >= 0 && scale <= 16 && target.signum() >= 0 && target.precision() <= 18) {
            long digits = target.unscaledValue().longValue();
            if (Math.multiplyHigh(digits, a) == 0 && digits * a >= 0) {
                long product = digits * a;
                long divisor = 100 * POWERS_OF_TEN[scale];
                return product / divisor + (product % divisor == 0 ? 0 : 1);
            }
        }
        return target.multiply(BigDecimal.valueOf(a)).divide(HUNDRED, 0, RoundingMode.CEILING).longValueExact();
    }

    /**
     * A target at the scale of the values compared with it, made once per (target, scale) over a section's rows:
     * {@code compareTo} and {@code subtract} of an 80 against a value of 32 decimals each multiplied the 80 by
     * 10^32 again, a million times a file. Exact: a larger scale adds zeros, so the comparison and the gap (at the
     * value's scale, as before) are the same numbers.
     */
    private static final class Aligned {
        private static final int SCALES = 64;
        private final BigDecimal[] byScale = new BigDecimal[SCALES];
        private BigDecimal target;
        private long made; // bit s: byScale[s] holds target at scale s

        BigDecimal to(BigDecimal t, int scale) {
            if (scale <= t.scale() || scale >= SCALES) {
                return t;
            }
            if (t != target) {
                for (long m = made; m != 0; m &= m - 1) {
                    byScale[Long.numberOfTrailingZeros(m)] = null;
                }
                made = 0;
                target = t;
            }
            BigDecimal a = byScale[scale];
            if (a == null) {
                a = t.setScale(scale);
                byScale[scale] = a;
                made |= 1L << scale;
            }
            return a;
        }
    }

    private static final long[] POWERS_OF_TEN = java.util.stream.LongStream.iterate(1, p -> p * 10).limit(17).toArray();

    private static void check(OnTimeDetail d, Set<ScoreFlag> flags) {
        if (d.onTime() + d.late() != d.resolved()) {
            flags.add(ScoreFlag.INCONSISTENT_COUNTS);
        }
        if (d.resolved() > d.received()) {
            flags.add(ScoreFlag.CARRY_OVER);
        }
        Ratio onTime = new Ratio(d.onTime(), d.onTime() + d.late());
        Ratio late = new Ratio(d.late(), d.onTime() + d.late());
        if (differs(d.statedOnTimeRate(), onTime) || differs(d.statedLateRate(), late)) {
            flags.add(ScoreFlag.STATED_RATE_DIFFERS);
        }
    }

    private static boolean differs(BigDecimal stated, Ratio computed) {
        if (stated == null || !computed.isAvailable()) {
            return false;
        }
        return stated.subtract(computed.percentValue().orElseThrow()).abs().compareTo(STATED_RATE_TOLERANCE) > 0;
    }

    private Unit unit(vn.chitieu.unit.UnitCode code) {
        return units.find(code).orElseThrow(() -> new IllegalArgumentException(
                "unit '" + code + "' is not in the unit registry"));
    }

    /** The warnings of {@code declared} totals (null: none) that {@code totals} do not bear out. */
    public static List<ScoreWarning> reconcile(Totals totals, List<DeclaredTotal> declared) {
        List<ScoreWarning> warnings = new ArrayList<>();
        for (DeclaredTotal d : declared == null ? List.<DeclaredTotal>of() : declared) {
            Long computed = totals.count(d.key());
            if (computed == null) {
                warnings.add(new ScoreWarning(ScoreWarning.DECLARED_TOTAL_UNCHECKED, d.key(), d.value(), null, null));
            } else if (computed != d.value()) {
                warnings.add(new ScoreWarning(ScoreWarning.DECLARED_TOTAL_DIFFERS, d.key(), d.value(), computed,
                        computed - d.value()));
            }
        }
        return warnings;
    }
}
