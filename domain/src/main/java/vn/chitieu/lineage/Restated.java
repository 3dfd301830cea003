package vn.chitieu.lineage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.chitieu.unit.UnitCode;

/**
 * A unit of the new tree with the counts of its predecessors restated onto it (domain.md §10):
 * {@code numerator} and {@code denominator} are the exact sums of each source's counts times the
 * part of it the unit carries (never rounded: a split 0.6 / 0.4 of 5 dossiers gives 3 and 2, of 7
 * gives 4.2 and 2.8). {@code withoutCounts} lists the sources that gave only a rate: then the unit
 * is not restatable and its counts are null (a rate cannot be shared out without its counts).
 */
public record Restated(UnitCode unit, BigDecimal numerator, BigDecimal denominator, List<Source> sources,
        List<UnitCode> withoutCounts) {

    /** Significant digits of {@link #value}, as {@code Ratio#percentValue}. */
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    /** One predecessor and the part of it the unit carries (1: the whole of it). */
    public record Source(UnitCode unit, BigDecimal share) {
        public Source {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(share, "share");
        }

        /** {@code xa-a} for a whole unit, {@code xa-a×0.6} for a part. */
        public String describe() {
            return share.compareTo(BigDecimal.ONE) == 0 ? unit.value()
                    : unit.value() + "×" + share.stripTrailingZeros().toPlainString();
        }
    }

    public Restated {
        Objects.requireNonNull(unit, "unit");
        sources = List.copyOf(sources);
        withoutCounts = List.copyOf(withoutCounts);
    }

    public boolean isRestatable() {
        return withoutCounts.isEmpty();
    }

    /** b / a × 100 to 34 significant digits; empty when not restatable or a = 0. */
    public Optional<BigDecimal> value() {
        if (!isRestatable() || denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, PRECISION).stripTrailingZeros());
    }

    /** The sources as a column shows them: {@code xa-a, xa-b, xa-c×0.6}. */
    public String describeSources() {
        return String.join(", ", sources.stream().map(Source::describe).toList());
    }

    /** True when the unit's figure is its own alone (no other unit's dossiers in it). */
    public boolean isOwn() {
        return sources.size() == 1 && sources.get(0).unit().equals(unit) && sources.get(0).share().compareTo(BigDecimal.ONE) == 0;
    }
}
