package vn.chitieu.allocation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.unit.UnitCode;

/** A decision's drafted targets for one indicator and year, in the order of the unit registry. */
public record Allocation(IndicatorCode indicator, int year, List<DraftedTarget> rows) {

    public Allocation {
        Objects.requireNonNull(indicator, "indicator");
        rows = List.copyOf(rows);
    }

    public Optional<DraftedTarget> row(UnitCode unit) {
        return rows.stream().filter(r -> r.unit().equals(unit)).findFirst();
    }

    public List<DraftedTarget> flagged(AllocationFlag flag) {
        return rows.stream().filter(r -> r.has(flag)).toList();
    }
}
