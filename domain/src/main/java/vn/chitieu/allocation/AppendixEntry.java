package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of a decision's appendix: the unit (its code, or the name as printed when no registry
 * resolved it), its name, its section, the number of eligible procedures, the digitization target
 * and baseline when printed (null otherwise, or when "Không có hồ sơ phát sinh"), the target, and
 * the line it was read from (0 when it was not read from a file).
 */
public record AppendixEntry(
        String unit,
        String name,
        AppendixSection section,
        Integer procedures,
        BigDecimal digitizationTarget,
        BigDecimal baseline,
        BigDecimal target,
        int line) {

    public AppendixEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(target, "target");
        unit = unit == null ? name : unit;
    }
}
