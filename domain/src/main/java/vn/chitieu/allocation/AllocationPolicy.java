package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.indicator.Percent;
import vn.chitieu.unit.UnitKind;

/**
 * The rule that turns a unit's baseline into its target (domain.md §5, the {@code policy.yaml} of
 * contracts.md): {@code target = min(cap, max(floor(kind), round(baseline + growth)))}, a unit
 * without a baseline gets what {@code noBaseline} says, and a {@code uniform} target, when set,
 * replaces the rule for everyone (seed 002: 55 %). All values are in percent points.
 *
 * <p>Missing settings take neutral defaults: growth 0, rounding CEIL, granularity 1, cap 100, no
 * floors, noBaseline FLOOR, no uniform target. A policy that cannot be applied is refused with
 * {@link InvalidPolicyException} naming the setting.
 */
public record AllocationPolicy(
        IndicatorCode indicator,
        BigDecimal growth,
        Rounding rounding,
        BigDecimal granularity,
        BigDecimal cap,
        Map<UnitKind, BigDecimal> floors,
        NoBaselineRule noBaseline,
        BigDecimal uniform) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public AllocationPolicy {
        indicator = indicator == null ? IndicatorCode.of("ONLINE_RATE") : indicator;
        growth = growth == null ? BigDecimal.ZERO : growth;
        rounding = rounding == null ? Rounding.CEIL : rounding;
        granularity = granularity == null ? BigDecimal.ONE : granularity;
        cap = cap == null ? HUNDRED : cap;
        noBaseline = noBaseline == null ? NoBaselineRule.FLOOR : noBaseline;
        Map<UnitKind, BigDecimal> f = new EnumMap<>(UnitKind.class);
        if (floors != null) {
            f.putAll(floors);
        }
        floors = Collections.unmodifiableMap(f);

        requireBetween("growth", growth, BigDecimal.ZERO, HUNDRED);
        if (granularity.signum() <= 0 || granularity.compareTo(HUNDRED) > 0) {
            throw new InvalidPolicyException("granularity",
                    "must be more than 0 and at most 100 points, was " + granularity.toPlainString());
        }
        requirePercent("cap", cap);
        for (Map.Entry<UnitKind, BigDecimal> e : floors.entrySet()) {
            String field = "floors." + e.getKey().name();
            if (e.getValue() == null) {
                throw new InvalidPolicyException(field, "a floor needs a value");
            }
            requirePercent(field, e.getValue());
            if (e.getValue().compareTo(cap) > 0) {
                throw new InvalidPolicyException(field, "the floor " + e.getValue().toPlainString()
                        + " is above the cap " + cap.toPlainString() + ": no target could meet both");
            }
        }
        if (uniform != null) {
            requirePercent("uniform", uniform);
            if (uniform.compareTo(cap) > 0) {
                throw new InvalidPolicyException("uniform", "the uniform target " + uniform.toPlainString()
                        + " is above the cap " + cap.toPlainString());
            }
        }
    }

    /** Seed 000's rule: growth 1, CEIL to 1 point, cap 99, floors 50 departments, 40 districts, 80 wards, 60 townships, 40 communes. */
    public static AllocationPolicy dakLak2022() {
        Map<UnitKind, BigDecimal> floors = new EnumMap<>(UnitKind.class);
        floors.put(UnitKind.DEPARTMENT, BigDecimal.valueOf(50));
        floors.put(UnitKind.DISTRICT, BigDecimal.valueOf(40));
        floors.put(UnitKind.WARD, BigDecimal.valueOf(80));
        floors.put(UnitKind.TOWNSHIP, BigDecimal.valueOf(60));
        floors.put(UnitKind.COMMUNE, BigDecimal.valueOf(40));
        return new AllocationPolicy(IndicatorCode.of("ONLINE_RATE"), BigDecimal.ONE, Rounding.CEIL, BigDecimal.ONE,
                BigDecimal.valueOf(99), floors, NoBaselineRule.FLOOR, null);
    }

    /**
     * Refuses a rule that would give units of a kind 0 % only because nothing was said about them
     * (issue 12: "a kind with no floor and no baseline is an error, not 0 %"): {@code withoutBaseline}
     * are the units that have no baseline, by code and kind; when the rule gives such a unit its
     * kind's floor (no uniform target, noBaseline FLOOR) and the policy has no floor for the kind,
     * every such kind is named with its units, as bad input of {@code floors.KIND}.
     */
    public void requireFloorsFor(Map<vn.chitieu.unit.UnitCode, UnitKind> withoutBaseline) {
        if (uniform != null || noBaseline != NoBaselineRule.FLOOR) {
            return;
        }
        requireKindFloors(withoutBaseline);
    }

    /**
     * As {@link #requireFloorsFor}, for a rule that always starts a unit without a baseline at its
     * kind's floor (the cascade, domain.md §5).
     */
    public void requireKindFloors(Map<vn.chitieu.unit.UnitCode, UnitKind> withoutBaseline) {
        Map<UnitKind, java.util.List<String>> missing = new java.util.TreeMap<>();
        withoutBaseline.forEach((unit, kind) -> {
            if (!floors.containsKey(kind)) {
                missing.computeIfAbsent(kind, k -> new java.util.ArrayList<>()).add(unit.value());
            }
        });
        if (missing.isEmpty()) {
            return;
        }
        java.util.List<vn.chitieu.common.InputProblem> problems = new java.util.ArrayList<>();
        missing.forEach((kind, units) -> problems.add(vn.chitieu.common.InputProblem.at(null, 0, "floors." + kind.name(), null,
                "no floor for " + kind + " and no baseline for " + listed(units)
                        + ": their target would be 0 %; set floors." + kind.name()
                        + " in the policy (or a legal minimum), or give their baselines")));
        throw new vn.chitieu.common.InvalidInputException(problems);
    }

    private static String listed(java.util.List<String> units) {
        int shown = Math.min(units.size(), 10);
        String list = String.join(", ", units.subList(0, shown));
        return units.size() > shown ? list + " and " + (units.size() - shown) + " more" : list;
    }

    /** The floor for {@code kind}; 0 when the policy sets none. */
    public BigDecimal floor(UnitKind kind) {
        return floors.getOrDefault(kind, BigDecimal.ZERO);
    }

    /**
     * The rule's target for a unit of {@code kind} whose baseline is {@code baseline} (null when
     * not available).
     */
    public BigDecimal ruleTarget(UnitKind kind, BigDecimal baseline) {
        if (uniform != null) {
            return uniform;
        }
        if (baseline == null) {
            return switch (noBaseline) {
                case FLOOR -> floor(kind);
                case CAP -> cap;
            };
        }
        BigDecimal grown = rounding.apply(baseline.add(growth), granularity);
        return grown.max(floor(kind)).min(cap);
    }

    /** A cap, floor or uniform target is a percentage ({@link Percent#refusal}). */
    private static void requirePercent(String field, BigDecimal value) {
        Percent.refusal(value).ifPresent(reason -> {
            throw new InvalidPolicyException(field, "must be between 0 and 100 points (" + reason + "), was "
                    + value.toPlainString());
        });
    }

    private static void requireBetween(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new InvalidPolicyException(field, "must be between " + min.toPlainString() + " and "
                    + max.toPlainString() + " points (0–100 %), was " + value.toPlainString());
        }
    }
}
