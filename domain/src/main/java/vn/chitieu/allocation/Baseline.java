package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chitieu.unit.UnitCode;

/**
 * A unit's starting point for allocation: last period's value in percent (null when not
 * available: "Không có hồ sơ phát sinh") and the number of eligible procedures an appendix prints
 * (null when unknown).
 */
public record Baseline(UnitCode unit, BigDecimal value, Integer procedures) {

    public Baseline {
        Objects.requireNonNull(unit, "unit");
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException("a baseline cannot be negative: " + value.toPlainString());
        }
        if (procedures != null && procedures < 0) {
            throw new IllegalArgumentException("# procedures cannot be negative: " + procedures);
        }
    }
}
