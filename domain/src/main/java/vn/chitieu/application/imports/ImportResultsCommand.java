package vn.chitieu.application.imports;

import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.table.Table;

/**
 * A results file, long or wide form. {@code period} is the period of rows without one (null when
 * none is given); {@code caller}, when not null, may write only the results of its subtree and its
 * names are resolved there.
 */
public record ImportResultsCommand(String source, Table table, Period period, Caller caller, ImportOptions options) {

    public ImportResultsCommand {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(options, "options");
        source = sourceOf(source, table);
    }

    static String sourceOf(String source, Table table) {
        return source == null || source.isBlank() ? table.file() : source;
    }
}
