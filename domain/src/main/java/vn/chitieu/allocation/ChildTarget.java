package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/**
 * A child's line in a cascade plan: its inputs, its floor, the cap that applied, its starting
 * point {@code base = min(cap, max(floor, baseline + growth))} and its target.
 */
public record ChildTarget(
        UnitCode unit,
        String name,
        UnitKind kind,
        BigDecimal weight,
        BigDecimal baseline,
        BigDecimal readiness,
        BigDecimal cap,
        BigDecimal floor,
        BigDecimal base,
        BigDecimal target) {

    public ChildTarget {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(target, "target");
    }
}
