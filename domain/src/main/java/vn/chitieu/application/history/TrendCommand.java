package vn.chitieu.application.history;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.table.Table;
import vn.chitieu.unit.UnitTree;

/**
 * The trend of {@code unit} (code or name as printed) from results files ({@code tree} and
 * {@code results}, CLI {@code trend --units … --results …}) or, with {@code tree} null and no files,
 * from storage; {@code indicator} null: every indicator on record.
 */
public record TrendCommand(UnitTree tree, IndicatorCatalogue catalogue, List<Supplier<Table>> results, String unit,
        IndicatorCode indicator) {

    public TrendCommand {
        Objects.requireNonNull(catalogue, "catalogue");
        results = results == null ? List.of() : List.copyOf(results);
    }
}
