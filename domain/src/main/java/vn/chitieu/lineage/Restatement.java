package vn.chitieu.lineage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * Restates the counts of old units on a new tree through a lineage (domain.md §10): each new unit
 * gets the sum of its predecessors' counts, each times the part of it the unit carries, and its
 * value is the ratio of those sums (a merger of three communes: Σ numerators / Σ denominators, not
 * the mean of their rates). A source with a rate and no counts makes the unit not restatable.
 * Counts are kept exact (BigDecimal), never rounded; only the ratio is rounded, to 34 digits.
 */
public final class Restatement {

    private Restatement() {
    }

    /** What a restatement gives: the new units with a figure, in {@code onto}'s order, and the old units that reach none. */
    public record Outcome(Map<UnitCode, Restated> byUnit, List<UnitCode> withoutSuccessor) {
        public Outcome {
            byUnit = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byUnit));
            withoutSuccessor = List.copyOf(withoutSuccessor);
        }

        /** The units that could not be restated (a source gave a rate without counts). */
        public List<Restated> notRestatable() {
            return byUnit.values().stream().filter(r -> !r.isRestatable()).toList();
        }
    }

    public static Outcome restate(List<UnitCounts> counts, Lineage lineage, UnitTree onto, LocalDate asOf) {
        Objects.requireNonNull(lineage, "lineage");
        Map<UnitCode, BigDecimal[]> sums = new LinkedHashMap<>();
        Map<UnitCode, List<Restated.Source>> sources = new LinkedHashMap<>();
        Map<UnitCode, List<UnitCode>> withoutCounts = new LinkedHashMap<>();
        List<UnitCode> orphans = new ArrayList<>();
        for (UnitCounts c : counts) {
            Map<UnitCode, BigDecimal> parts = lineage.sharesOnto(c.unit(), onto, asOf);
            if (parts.isEmpty()) {
                orphans.add(c.unit());
            }
            for (Map.Entry<UnitCode, BigDecimal> p : parts.entrySet()) {
                sources.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(new Restated.Source(c.unit(), p.getValue()));
                BigDecimal[] sum = sums.computeIfAbsent(p.getKey(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                withoutCounts.computeIfAbsent(p.getKey(), k -> new ArrayList<>());
                if (c.hasCounts()) {
                    sum[0] = sum[0].add(c.numerator().multiply(p.getValue()));
                    sum[1] = sum[1].add(c.denominator().multiply(p.getValue()));
                } else {
                    withoutCounts.get(p.getKey()).add(c.unit());
                }
            }
        }
        Map<UnitCode, Restated> out = new LinkedHashMap<>();
        for (Unit u : onto.units()) {
            if (!sums.containsKey(u.code())) {
                continue;
            }
            List<UnitCode> missing = withoutCounts.get(u.code());
            BigDecimal[] sum = sums.get(u.code());
            out.put(u.code(), new Restated(u.code(), missing.isEmpty() ? strip(sum[0]) : null,
                    missing.isEmpty() ? strip(sum[1]) : null, sources.get(u.code()), missing));
        }
        return new Outcome(out, orphans);
    }

    private static BigDecimal strip(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
