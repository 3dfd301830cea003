package vn.chitieu.application.minimum;

import java.util.Objects;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.table.Table;

/** Store the minimums of {@code table} ({@code source,indicator,kind,minimum}), read from {@code file}. */
public record ImportMinimumsCommand(String file, Table table, ImportOptions options) {

    public ImportMinimumsCommand {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(options, "options");
    }
}
