package vn.chitieu.application.lineage;

import java.util.Objects;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.table.Table;

/** Store the links of {@code table} ({@code from,to,share,date}), read from {@code file}. */
public record ImportLineageCommand(String file, Table table, ImportOptions options) {

    public ImportLineageCommand {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(options, "options");
    }
}
