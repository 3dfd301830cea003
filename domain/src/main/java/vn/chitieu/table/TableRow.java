package vn.chitieu.table;

import java.util.Map;
import vn.chitieu.common.InputProblem;

/**
 * One data row of a {@link Table}: its cells by column, and the file and line it came from so
 * that every error can name them. Cell text is NFC, trimmed; a missing or empty cell is null.
 */
public final class TableRow {

    private final Table table;
    private final int line;
    private final Map<String, String> cells;

    TableRow(Table table, int line, Map<String, String> cells) {
        this.table = table;
        this.line = line;
        this.cells = cells;
    }

    public String file() {
        return table.file();
    }

    /** 1-based line (CSV) or row number (spreadsheet) as the user's editor shows it. */
    public int line() {
        return line;
    }

    /** The cell under {@code column} (matched as {@link Table#column} does), or null when absent or empty. */
    public String get(String column) {
        String header = table.column(column).orElse(null);
        return header == null ? null : cells.get(header);
    }

    /** The cell under the first of {@code columns} that the table has. */
    public String getAny(String... columns) {
        String header = table.columnAny(columns).orElse(null);
        return header == null ? null : cells.get(header);
    }

    public boolean isBlank(String column) {
        String v = get(column);
        return v == null || v.isBlank();
    }

    /** A problem located at this row, in {@code column} (header as the file spells it), with the cell's value. */
    public InputProblem problem(String column, String reason) {
        String header = table.column(column).orElse(column);
        return InputProblem.at(file(), line, header, cells.get(header), reason);
    }

    /** A problem about the row as a whole. */
    public InputProblem problem(String reason) {
        return InputProblem.at(file(), line, null, null, reason);
    }
}
