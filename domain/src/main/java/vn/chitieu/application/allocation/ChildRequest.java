package vn.chitieu.application.allocation;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chitieu.allocation.CascadeChild;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/**
 * A child of a cascade as asked for, named {@code at} in refusals (e.g. {@code children[2]}):
 * its name and kind may be left out (null) for a unit of the registry, which has them.
 */
public record ChildRequest(String at, UnitCode unit, String name, UnitKind kind, BigDecimal weight, BigDecimal baseline,
        BigDecimal readiness, BigDecimal cap) {

    public ChildRequest {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(unit, "unit");
    }

    /** A child read from a children file, complete. */
    public static ChildRequest of(CascadeChild child, int index) {
        return new ChildRequest("children[" + index + "]", child.unit(), child.name(), child.kind(), child.weight(),
                child.baseline(), child.readiness(), child.cap());
    }
}
