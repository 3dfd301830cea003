package vn.chitieu.application.imports;

import java.util.Objects;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.table.Table;
import vn.chitieu.unit.UnitCode;

/**
 * A targets file ({@code unit, indicator, period, target, reason}) for the drafts of {@code issuer}
 * (null: the registry's only root unit).
 */
public record ImportTargetsCommand(String source, Table table, UnitCode issuer, ImportOptions options) {

    public ImportTargetsCommand {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(options, "options");
        source = ImportResultsCommand.sourceOf(source, table);
    }
}
