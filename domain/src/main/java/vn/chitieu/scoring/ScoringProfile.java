package vn.chitieu.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.Unit;

/**
 * Points on top of scores (e.g. the index of QĐ 766/QĐ-TTg): indicators grouped, each worth a
 * maximum that is earned in full from a given value, and bands that classify the total. A group's
 * maximum is the sum of its indicators' maxima.
 */
public record ScoringProfile(String name, List<PointsGroup> groups, List<IndicatorPoints> indicators, List<Band> bands) {

    public ScoringProfile {
        groups = List.copyOf(groups);
        indicators = List.copyOf(indicators);
        bands = bands == null ? List.of()
                : bands.stream().sorted(Comparator.comparing(Band::minPoints).reversed()).toList();
        Set<String> codes = new HashSet<>();
        for (PointsGroup g : groups) {
            if (!codes.add(g.code())) {
                throw new IllegalArgumentException("group '" + g.code() + "' is defined twice");
            }
        }
        Set<IndicatorCode> seen = new HashSet<>();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (IndicatorPoints i : indicators) {
            if (!seen.add(i.indicator())) {
                throw new IllegalArgumentException("indicator " + i.indicator() + " is listed twice");
            }
            if (!codes.contains(i.group())) {
                throw new IllegalArgumentException("indicator " + i.indicator() + " is in group '" + i.group()
                        + "', which the profile does not define (groups: " + String.join(", ", codes) + ")");
            }
            sums.merge(i.group(), i.maxPoints(), BigDecimal::add);
        }
        for (PointsGroup g : groups) {
            BigDecimal sum = sums.getOrDefault(g.code(), BigDecimal.ZERO);
            if (sum.compareTo(g.maxPoints()) != 0) {
                throw new IllegalArgumentException("group '" + g.code() + "' is worth " + g.maxPoints().toPlainString()
                        + " points but its indicators add up to " + sum.toPlainString());
            }
        }
    }

    /** The total the profile can award (100 for 766). */
    public BigDecimal maxPoints() {
        return groups.stream().map(PointsGroup::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<IndicatorPoints> rule(IndicatorCode indicator) {
        return indicators.stream().filter(i -> i.indicator().equals(indicator)).findFirst();
    }

    /** The band of {@code total}: the highest band whose minimum it reaches; empty when bands are not configured. */
    public Optional<Band> band(BigDecimal total) {
        return bands.stream().filter(b -> total.compareTo(b.minPoints()) >= 0).findFirst();
    }

    /** Points per (unit, period) for the rows whose indicator the profile scores, in the rows' order. */
    public List<UnitPoints> points(Iterable<Score> rows) {
        // each row's points, not the row: the rows of a large board are not held (null: not available)
        Map<UnitPeriod, Map<IndicatorCode, BigDecimal>> byUnit = new LinkedHashMap<>();
        for (Score s : rows) {
            rule(s.indicator()).ifPresent(rule -> byUnit.computeIfAbsent(new UnitPeriod(s.unit(), s.period()),
                    k -> new LinkedHashMap<>()).put(s.indicator(), s.isComparable() ? rule.points(s.value()) : null));
        }
        List<UnitPoints> out = new ArrayList<>();
        byUnit.forEach((key, scores) -> {
            Map<String, BigDecimal> perIndicator = new LinkedHashMap<>();
            Map<String, BigDecimal> perGroup = new LinkedHashMap<>();
            groups.forEach(g -> perGroup.put(g.code(), null));
            int notAvailable = 0;
            for (IndicatorPoints rule : indicators) {
                BigDecimal p = scores.get(rule.indicator());
                perIndicator.put(rule.indicator().value(), p);
                if (p == null) {
                    notAvailable++;
                } else {
                    perGroup.merge(rule.group(), p, BigDecimal::add);
                }
            }
            BigDecimal total = perGroup.values().stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            out.add(new UnitPoints(key.unit(), key.period(), perIndicator, perGroup, total, band(total).orElse(null),
                    notAvailable));
        });
        return out;
    }

    private record UnitPeriod(Unit unit, Period period) {
    }
}
