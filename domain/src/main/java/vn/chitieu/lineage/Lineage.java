package vn.chitieu.lineage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * The successors of units over time (domain.md §10): checked links (see {@link LineageTable}), in
 * file order. {@link #sharesOnto} says, for an old unit, which units of a later tree carry its
 * dossiers and with what part of them.
 */
public final class Lineage {

    private static final Lineage NONE = new Lineage(List.of());

    private final List<LineageLink> links;
    private final Map<UnitCode, List<LineageLink>> byFrom = new HashMap<>();

    private Lineage(List<LineageLink> links) {
        this.links = List.copyOf(links);
        for (LineageLink l : this.links) {
            byFrom.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
        }
    }

    /**
     * Links already checked (shares, cycles, dates: {@link LineageTable#read}); refused with an
     * {@link IllegalArgumentException} when they form a cycle, which would never end a restatement.
     */
    public static Lineage of(List<LineageLink> links) {
        Lineage l = new Lineage(links);
        LineageChecks.cycle(l.links).ifPresent(c -> {
            throw new IllegalArgumentException("cycle in lineage: " + c.describe());
        });
        return l;
    }

    public static Lineage none() {
        return NONE;
    }

    public List<LineageLink> links() {
        return links;
    }

    public boolean isEmpty() {
        return links.isEmpty();
    }

    /**
     * The units of {@code onto} that carry {@code unit}'s dossiers as of {@code asOf}, each with the
     * part it carries (exact: the product of the shares along the way, summed over the ways). A unit
     * of {@code onto} carries itself whole; an old one passes on along its links dated on or before
     * {@code asOf}; a unit with neither gives an empty map (it has no successor in {@code onto}).
     */
    public Map<UnitCode, BigDecimal> sharesOnto(UnitCode unit, UnitTree onto, LocalDate asOf) {
        Map<UnitCode, BigDecimal> out = new LinkedHashMap<>();
        collect(unit, BigDecimal.ONE, onto, asOf, out, 0);
        return out;
    }

    private void collect(UnitCode unit, BigDecimal part, UnitTree onto, LocalDate asOf, Map<UnitCode, BigDecimal> out,
            int depth) {
        if (onto.contains(unit)) {
            out.merge(unit, part, BigDecimal::add);
            return;
        }
        if (depth > links.size()) { // cannot happen on an acyclic lineage; a guard all the same
            throw new IllegalStateException("lineage deeper than its links at " + unit);
        }
        for (LineageLink l : byFrom.getOrDefault(unit, List.of())) {
            if (!l.date().isAfter(asOf)) {
                collect(l.to(), part.multiply(l.share()), onto, asOf, out, depth + 1);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Lineage other && other.links.equals(links);
    }

    @Override
    public int hashCode() {
        return Objects.hash(links);
    }
}
