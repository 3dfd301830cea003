package vn.chitieu.indicator;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A percentage in percent units (99.96 means 99.96 %), exact, between 0 and 100 inclusive.
 * Rounding is always explicit.
 */
public record Percent(BigDecimal value) implements Comparable<Percent> {

    /** Why a rate or target in percent is refused: the one wording of the 0–100 % rule. */
    public static final String RANGE = "a percentage is 0–100 %";

    public Percent {
        Objects.requireNonNull(value, "value");
        refusal(value).ifPresent(reason -> {
            throw new IllegalArgumentException(reason + ", not " + value.toPlainString());
        });
    }

    /**
     * The rule every rate and target of a ratio indicator follows, wherever it is read (results,
     * targets, baselines, overrides, appendices, cascades, options): between 0 and 100 inclusive.
     * Empty when {@code value} is a percentage, else the reason ({@link #RANGE}).
     */
    public static Optional<String> refusal(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 ? Optional.of(RANGE) : Optional.empty();
    }

    public static Percent of(String value) {
        return new Percent(new BigDecimal(value));
    }

    @Override
    public int compareTo(Percent o) {
        return value.compareTo(o.value);
    }

    /** Value equality ignores scale: 50 and 50.00 are the same percentage. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Percent p && value.compareTo(p.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString() + "%";
    }
}
