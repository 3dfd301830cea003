package vn.chitieu.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A validated hierarchy of units: unique codes, known parents, no cycles. Works for 3-tier trees
 * (province → district → commune) and for the 2-tier trees in force since 1 July 2025 alike: the
 * hierarchy is data. Immutable; keeps the order the units were given in.
 */
public final class UnitTree {

    private final Map<UnitCode, Unit> byCode;
    private final Map<UnitCode, List<Unit>> children;

    private UnitTree(Map<UnitCode, Unit> byCode, Map<UnitCode, List<Unit>> children) {
        this.byCode = byCode;
        this.children = children;
    }

    /** Validates and builds; every problem found is reported at once. */
    public static UnitTree of(List<Unit> units) {
        List<UnitTreeProblem> problems = new ArrayList<>();
        Map<UnitCode, Unit> byCode = new LinkedHashMap<>();
        Map<UnitCode, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (byCode.containsKey(u.code())) {
                problems.add(new UnitTreeProblem(i, u.code(), "duplicate code '" + u.code()
                        + "' (first defined at entry " + (indexOf.get(u.code()) + 1) + ")"));
            } else {
                byCode.put(u.code(), u);
                indexOf.put(u.code(), i);
            }
        }
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.parent() != null && !byCode.containsKey(u.parent())) {
                problems.add(new UnitTreeProblem(i, u.code(), "unknown parent '" + u.parent() + "'"));
            }
        }
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            Unit parent = u.parent() == null ? null : byCode.get(u.parent());
            if (parent != null && byCode.get(u.code()) == u && !within(u, parent)) {
                problems.add(new UnitTreeProblem(i, u.code(), "valid " + validity(u) + ", outside the validity of its parent '"
                        + parent.code() + "' (" + validity(parent) + ")"));
            }
        }
        Set<UnitCode> reported = new HashSet<>();
        for (Unit u : byCode.values()) {
            Set<UnitCode> seen = new HashSet<>();
            Unit at = u;
            while (at != null && at.parent() != null) {
                if (!seen.add(at.code())) {
                    if (reported.add(u.code())) {
                        problems.add(new UnitTreeProblem(indexOf.get(u.code()), u.code(),
                                "cycle in parents: " + describeCycle(byCode, at.code())));
                    }
                    break;
                }
                at = byCode.get(at.parent());
            }
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.index(), b.index()));
            throw new InvalidUnitTreeException(problems);
        }
        Map<UnitCode, List<Unit>> children = new HashMap<>();
        for (Unit u : byCode.values()) {
            if (u.parent() != null) {
                children.computeIfAbsent(u.parent(), k -> new ArrayList<>()).add(u);
            }
        }
        children.replaceAll((k, v) -> List.copyOf(v));
        return new UnitTree(Collections.unmodifiableMap(byCode), Map.copyOf(children));
    }

    /** True when {@code child}'s days of validity all lie within {@code parent}'s. */
    private static boolean within(Unit child, Unit parent) {
        boolean startOk = parent.validFrom() == null
                || child.validFrom() != null && !child.validFrom().isBefore(parent.validFrom());
        boolean endOk = parent.validTo() == null || child.validTo() != null && !child.validTo().isAfter(parent.validTo());
        return startOk && endOk;
    }

    /** {@code 2020-01-01 – 2025-06-30}, an open end as {@code …}. */
    public static String validity(Unit u) {
        return (u.validFrom() == null ? "…" : u.validFrom().toString()) + " – "
                + (u.validTo() == null ? "…" : u.validTo().toString());
    }

    /**
     * The units valid on {@code date} (domain.md §10), in the same order: the tree as of that date. A
     * unit's parent is valid whenever the unit is, so this is again a tree.
     */
    public UnitTree asOf(LocalDate date) {
        return filtered(u -> u.isValidOn(date));
    }

    /** The units valid on at least one day of {@code from} – {@code to} (inclusive). */
    public UnitTree during(LocalDate from, LocalDate to) {
        return filtered(u -> u.isValidDuring(from, to));
    }

    /** The units valid on at least one day of {@code period}: those a period's scoring is over. */
    public UnitTree during(vn.chitieu.period.Period period) {
        return during(period.start(), period.end());
    }

    /** True when some unit has a start or an end (a registry over time). */
    public boolean isDated() {
        return byCode.values().stream().anyMatch(Unit::isDated);
    }

    private UnitTree filtered(java.util.function.Predicate<Unit> keep) {
        if (!isDated()) {
            return this;
        }
        return of(byCode.values().stream().filter(keep).toList());
    }

    private static String describeCycle(Map<UnitCode, Unit> byCode, UnitCode start) {
        StringBuilder s = new StringBuilder(start.value());
        UnitCode at = byCode.get(start).parent();
        while (at != null && !at.equals(start)) {
            s.append(" → ").append(at.value());
            at = byCode.get(at).parent();
        }
        return s.append(" → ").append(start.value()).toString();
    }

    public List<Unit> units() {
        return List.copyOf(byCode.values());
    }

    public int size() {
        return byCode.size();
    }

    public Optional<Unit> find(UnitCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Unit get(UnitCode code) {
        Unit u = byCode.get(code);
        if (u == null) {
            throw new IllegalArgumentException("unknown unit '" + code + "'");
        }
        return u;
    }

    public boolean contains(UnitCode code) {
        return byCode.containsKey(code);
    }

    public List<Unit> childrenOf(UnitCode code) {
        return children.getOrDefault(code, List.of());
    }

    public List<Unit> roots() {
        return byCode.values().stream().filter(Unit::isRoot).toList();
    }

    /** {@code code} itself and everything below it, parents before children. */
    public List<Unit> subtree(UnitCode code) {
        List<Unit> out = new ArrayList<>();
        Unit root = get(code);
        out.add(root);
        for (int i = 0; i < out.size(); i++) {
            out.addAll(childrenOf(out.get(i).code()));
        }
        return out;
    }

    /** True when {@code descendant} is {@code ancestor} or lies below it. */
    public boolean isWithin(UnitCode descendant, UnitCode ancestor) {
        Unit at = byCode.get(descendant);
        while (at != null) {
            if (at.code().equals(ancestor)) {
                return true;
            }
            at = at.parent() == null ? null : byCode.get(at.parent());
        }
        return false;
    }
}
