package vn.chitieu.application.imports;

import java.util.Objects;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.table.Table;

/**
 * A units file as read ({@code code,name,kind,parent[,aliases]}); rows whose parent is stored are
 * accepted. {@code source} names the file in errors and in the import batch (the table's name when null).
 * {@code readVersion}: the registry's version the file was made from ({@code ListUnits}); null: any.
 */
public record ImportUnitsCommand(String source, Table table, ImportOptions options, String readVersion) {

    public ImportUnitsCommand {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(options, "options");
        source = ImportResultsCommand.sourceOf(source, table);
    }

    public ImportUnitsCommand(String source, Table table, ImportOptions options) {
        this(source, table, options, null);
    }
}
