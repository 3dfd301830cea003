package vn.chitieu.scoring;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.result.OnTimeDetail;
import vn.chitieu.unit.Unit;

/**
 * One scored (unit, indicator, period). {@code value} and {@code target} are in percent units;
 * {@code value} is exact (b / a to 34 significant digits) and null when not available. {@code met}
 * is null, not false, when the value or the target is missing. {@code gapPoints} is value − target
 * (negative when short). {@code dossiersNeeded} = max(0, ⌈target × a / 100⌉ − b), null without
 * counts or target. {@code rank} is the competition rank within the unit's kind, null when the
 * value is not available. A value above 100 % from counts whose numerator exceeds the denominator
 * ({@link ScoreFlag#NUMERATOR_EXCEEDS_DENOMINATOR}) is shown but not compared: it is neither met
 * nor ranked ({@code met}, {@code gapPoints} and {@code rank} null), the flag saying why.
 * {@code detail} keeps the wide on-time columns when the source had them.
 */
public record Score(
        Unit unit,
        IndicatorCode indicator,
        Period period,
        Long numerator,
        Long denominator,
        BigDecimal value,
        BigDecimal target,
        Boolean met,
        BigDecimal gapPoints,
        Long dossiersNeeded,
        Integer rank,
        Set<ScoreFlag> flags,
        OnTimeDetail detail) {

    public Score {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        flags = interned(flags);
        if (rank != null && value == null) {
            throw new IllegalArgumentException("a value that is not available is not ranked");
        }
        if (flags.contains(ScoreFlag.NUMERATOR_EXCEEDS_DENOMINATOR) && (rank != null || met != null)) {
            throw new IllegalArgumentException("a numerator above its denominator is neither ranked nor met");
        }
    }

    /**
     * True when the value can be compared with targets and peers: it is available and not the
     * impossible b / a of a numerator above its denominator.
     */
    public boolean isComparable() {
        return value != null && !flags.contains(ScoreFlag.NUMERATOR_EXCEEDS_DENOMINATOR);
    }

    public boolean hasFlag(ScoreFlag flag) {
        return flags.contains(flag);
    }

    public boolean isAvailable() {
        return value != null;
    }

    /**
     * {@code flags} as one shared unmodifiable set per combination (there are 2^7 of them): a
     * million scores hold a handful of sets, not a copy each, and {@link #withRank} copies none.
     */
    private static Set<ScoreFlag> interned(Set<ScoreFlag> flags) {
        if (flags == null) {
            return INTERNED.get(0);
        }
        int mask = 0;
        for (ScoreFlag f : ALL_FLAGS) { // asked of the set, not iterated over: no iterator per score
            if (flags.contains(f)) {
                mask |= 1 << f.ordinal();
            }
        }
        return INTERNED.get(mask);
    }

    private static final ScoreFlag[] ALL_FLAGS = ScoreFlag.values();

    /** Every combination of flags, made once (safely published: scores are made on several threads over HTTP). */
    private static final List<Set<ScoreFlag>> INTERNED;

    static {
        ScoreFlag[] all = ScoreFlag.values();
        List<Set<ScoreFlag>> sets = new java.util.ArrayList<>(1 << all.length);
        for (int mask = 0; mask < 1 << all.length; mask++) {
            EnumSet<ScoreFlag> set = EnumSet.noneOf(ScoreFlag.class);
            for (ScoreFlag f : all) {
                if ((mask & 1 << f.ordinal()) != 0) {
                    set.add(f);
                }
            }
            sets.add(java.util.Collections.unmodifiableSet(set)); // even the empty one: an EnumSet answers contains at once
        }
        INTERNED = List.copyOf(sets);
    }

    Score withRank(Integer newRank) {
        return new Score(unit, indicator, period, numerator, denominator, value, target, met, gapPoints,
                dossiersNeeded, newRank, flags, detail);
    }
}
