package vn.chitieu.table;

import vn.chitieu.common.InputProblem;

/**
 * One data row of a {@link Table}: its cells by column, and the file and line it came from so
 * that every error can name them. Cell text is NFC, trimmed; a missing or empty cell is null.
 */
public final class TableRow {

    private final Table table;
    private final int line;
    private final String[] cells;

    /** Takes {@code cells}, one per header of {@code table}, as they are. */
    TableRow(Table table, int line, String[] cells) {
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
        int i = table.index(column);
        return i < 0 ? null : cells[i];
    }

    public boolean isBlank(String column) {
        String v = get(column);
        return v == null || v.isBlank();
    }

    /** A problem located at this row, in {@code column} (header as the file spells it), with the cell's value. */
    public InputProblem problem(String column, String reason) {
        return InputProblem.at(file(), line, table.column(column).orElse(column), get(column), reason);
    }

    /** A problem about the row as a whole. */
    public InputProblem problem(String reason) {
        return InputProblem.at(file(), line, null, null, reason);
    }
}
