package vn.chitieu.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.indicator.Ratio;

/**
 * Sums over a set of score rows: how many rows, met, not met and not available; the summed counts
 * b and a and the pooled value Σb / Σa (null when the rows mix indicators or Σa = 0); and, for the
 * wide on-time form, the summed received, resolved, on-time and late counts (null when no row has
 * them); and the dossiers still needed summed over the units that fall short.
 */
public record Totals(
        int rows,
        int met,
        int notMet,
        int notAvailable,
        Long numerator,
        Long denominator,
        BigDecimal value,
        Long received,
        Long resolved,
        Long onTime,
        Long late,
        long dossiersNeeded) {

    /** The totals of {@code scores}. */
    public static Totals of(List<Score> scores) {
        Sum sum = new Sum();
        scores.forEach(sum::add);
        return sum.totals();
    }

    /** Totals taken one row at a time: the rows of a board scored section by section need not be held. */
    public static final class Sum {
        private int rows;
        private int met;
        private int notMet;
        private int notAvailable;
        private long num;
        private long den;
        private boolean anyCounts;
        private long received;
        private long resolved;
        private long onTime;
        private long late;
        private boolean anyDetail;
        private long needed;
        private IndicatorCode indicator;
        private boolean oneIndicator = true;

        public void add(Score s) {
            rows++;
            if (indicator == null) {
                indicator = s.indicator();
            } else if (oneIndicator && !indicator.equals(s.indicator())) {
                oneIndicator = false;
            }
            if (!s.isAvailable()) {
                notAvailable++;
            } else if (Boolean.TRUE.equals(s.met())) {
                met++;
            } else if (Boolean.FALSE.equals(s.met())) {
                notMet++;
            }
            if (s.numerator() != null) {
                anyCounts = true;
                num = Math.addExact(num, s.numerator());
                den = Math.addExact(den, s.denominator());
            }
            if (s.dossiersNeeded() != null) {
                needed = Math.addExact(needed, s.dossiersNeeded());
            }
            if (s.detail() != null) {
                anyDetail = true;
                received = Math.addExact(received, s.detail().received());
                resolved = Math.addExact(resolved, s.detail().resolved());
                onTime = Math.addExact(onTime, s.detail().onTime());
                late = Math.addExact(late, s.detail().late());
            }
        }

        /** The totals of the rows added so far. */
        public Totals totals() {
            BigDecimal value = anyCounts && oneIndicator && indicator != null
                    ? new Ratio(num, den).percentValue().orElse(null) : null;
            return new Totals(rows, met, notMet, notAvailable, anyCounts ? num : null, anyCounts ? den : null,
                    value, anyDetail ? received : null, anyDetail ? resolved : null, anyDetail ? onTime : null,
                    anyDetail ? late : null, needed);
        }
    }

    /** The summed count named by {@code key} (see {@link DeclaredTotal#KEYS}); null when the rows have none. */
    public Long count(String key) {
        Objects.requireNonNull(key, "key");
        return switch (key) {
            case "received" -> received;
            case "resolved" -> resolved;
            case "onTime" -> onTime;
            case "late" -> late;
            case "numerator" -> numerator;
            case "denominator" -> denominator;
            case "rows" -> (long) rows;
            default -> throw new IllegalArgumentException("no total named '" + key + "'");
        };
    }
}
