package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/**
 * A child's line in a cascade plan: the child as given (its unit, kind, weight, baseline and
 * readiness are read through it), its floor, the cap that applied, its starting point
 * {@code base = min(cap, max(floor, baseline + growth))} and its target. The child is held, not
 * copied: a plan of a million children makes a million rows.
 */
public record ChildTarget(
        CascadeChild child,
        BigDecimal cap,
        BigDecimal floor,
        BigDecimal base,
        BigDecimal target) {

    public ChildTarget {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(target, "target");
    }

    public UnitCode unit() {
        return child.unit();
    }

    public String name() {
        return child.name();
    }

    public UnitKind kind() {
        return child.kind();
    }

    public BigDecimal weight() {
        return child.weight();
    }

    /** The child's baseline in percent, or null when it has none. */
    public BigDecimal baseline() {
        return child.baseline();
    }

    public BigDecimal readiness() {
        return child.readiness();
    }
}
