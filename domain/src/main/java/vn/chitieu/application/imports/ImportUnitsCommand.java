package vn.chitieu.application.imports;

import java.util.Objects;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.table.Table;

/**
 * A units file as read ({@code code,name,kind,parent[,aliases]}); rows whose parent is stored are
 * accepted. {@code source} names the file in errors and in the import batch (the table's name when null).
 */
public record ImportUnitsCommand(String source, Table table, ImportOptions options) {

    public ImportUnitsCommand {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(options, "options");
        source = ImportResultsCommand.sourceOf(source, table);
    }
}
