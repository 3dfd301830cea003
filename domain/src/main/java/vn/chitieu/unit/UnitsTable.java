package vn.chitieu.unit;

import static vn.chitieu.unit.UnitsColumns.VALID_FROM;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InputProblems;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;
import vn.chitieu.text.FormulaGuard;

/**
 * Reads a units table ({@link UnitsColumns}: {@code code,name,kind,parent[,aliases]}, aliases separated by '|') into a
 * validated {@link UnitTree}. Every problem is reported with its file, line and column, all at
 * once: bad codes, unknown kinds, missing names, duplicate codes, unknown parents, cycles.
 */
public final class UnitsTable {

    /** The longest name of a unit, in characters ("UBND xã …" names are under 100): a name is matched word by word. */
    static final int MAX_NAME = 500;
    /** The longest aliases cell of a unit, in characters. */
    static final int MAX_ALIASES = 2000;

    /** The most units a file may hold (a country has a few thousand). */
    public static final int MAX_UNITS = 100_000;

    private UnitsTable() {
    }

    public static UnitTree read(Table table) {
        Columns c = check(table);
        List<Unit> units = units(table, c);
        try {
            return UnitTree.of(units);
        } catch (InvalidUnitTreeException e) {
            InputProblems problems = new InputProblems();
            for (UnitTreeProblem p : e.problems()) {
                String column = p.reason().startsWith("duplicate") ? c.code
                        : p.reason().startsWith("valid ") ? c.from : c.parent;
                problems.add(table.rows().get(p.index()).problem(column, p.reason()));
            }
            problems.refuseIfAny();
            throw e;
        }
    }

    /**
     * The headers of a units file's columns, each found under any of its names ({@link UnitsColumns#READ}); the
     * written name for a column the file lacks (its cells then read as empty); {@code missing}, the written names of
     * the required ones it lacks (code, name, kind, parent).
     */
    private record Columns(String code, String name, String kind, String parent, String aliases, String from,
            String to, List<String> missing) {

        static Columns of(Table table) {
            String[] found = new String[UnitsColumns.READ.length];
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < found.length; i++) {
                String written = UnitsColumns.READ[i][0];
                found[i] = table.columnAny(UnitsColumns.READ[i]).orElse(null);
                if (found[i] == null && i < 4) {
                    missing.add(written);
                }
                found[i] = found[i] == null ? written : found[i];
            }
            return new Columns(found[0], found[1], found[2], found[3], found[4], found[5], found[6], missing);
        }
    }

    /** The columns (refused when misspelt or missing), at least one row, at most {@link #MAX_UNITS}. */
    private static Columns check(Table table) {
        Columns c = Columns.of(table);
        table.refuseMisspeltColumns();
        if (!c.missing().isEmpty()) {
            throw table.missingColumns(c.missing(), "");
        }
        if (table.isEmpty()) {
            throw new InvalidInputException(InputProblem.ofFile(table.file(), "no units: the file has a header but no rows"));
        }
        if (table.rows().size() > MAX_UNITS) {
            throw new InvalidInputException(InputProblem.ofFile(table.file(), "too many rows: "
                    + table.rows().size() + "; a units file holds at most " + MAX_UNITS));
        }
        return c;
    }

    /**
     * The units of {@code table} one per row, in row order ({@code units.get(i)} is row {@code i}),
     * each checked on its own but not as a tree: for adding to a registry that already holds the
     * parents. Every row problem is reported at once.
     */
    public static List<Unit> units(Table table) {
        return units(table, check(table));
    }

    private static List<Unit> units(Table table, Columns c) {
        InputProblems problems = new InputProblems();
        List<Unit> units = new ArrayList<>();
        for (TableRow row : table.rows()) {
            units.add(unit(row, c, problems));
        }
        problems.refuseIfAny();
        return units;
    }

    private static Unit unit(TableRow row, Columns c, InputProblems problems) {
        long before = problems.total();
        UnitCode code = null;
        UnitCode parent = null;
        try {
            code = UnitCode.of(row.get(c.code));
        } catch (IllegalArgumentException e) {
            problems.add(row.problem(c.code, e.getMessage()));
        }
        String name = FormulaGuard.restore(row.get(c.name)); // an export's '=… reads back as =…
        if (name == null) {
            problems.add(row.problem(c.name, "a unit needs a name"));
        } else if (name.length() > MAX_NAME) {
            problems.add(row.problem(c.name, "a unit name has at most " + MAX_NAME + " characters (" + name.length() + " given)"));
        }
        String aliasCell = FormulaGuard.restore(row.get(c.aliases));
        if (aliasCell != null && aliasCell.length() > MAX_ALIASES) {
            problems.add(row.problem(c.aliases, "a unit's aliases have at most " + MAX_ALIASES + " characters ("
                    + aliasCell.length() + " given)"));
        }
        UnitKind kind = UnitKind.parse(row.get(c.kind)).orElse(null);
        if (kind == null) {
            problems.add(row.problem(c.kind, row.get(c.kind) == null ? "a unit needs a kind"
                    : "unknown kind; expected one of " + Arrays.toString(UnitKind.values()) + UnitKind.VIETNAMESE_HINT));
        }
        if (row.get(c.parent) != null) {
            try {
                parent = UnitCode.of(row.get(c.parent));
            } catch (IllegalArgumentException e) {
                problems.add(row.problem(c.parent, e.getMessage()));
            }
        }
        if (code != null && code.equals(parent)) {
            problems.add(row.problem(c.parent, "a unit cannot be its own parent"));
        }
        LocalDate from = date(row, c.from, problems);
        LocalDate to = date(row, c.to, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(row.problem(c.to, "the unit ends before it begins (" + VALID_FROM + " " + from + ")"));
        }
        if (problems.total() > before) {
            return null;
        }
        return new Unit(code, name, kind, parent, UnitsColumns.aliases(aliasCell), from, to);
    }

    /** An optional ISO date ({@code 2025-07-01}) or {@code dd/MM/yyyy}; null when the cell or the column is empty. */
    private static LocalDate date(TableRow row, String column, InputProblems problems) {
        String text = row.get(column);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parseDate(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(row.problem(column, "a date such as 2025-07-01 (or 01/07/2025)"));
            return null;
        }
    }

    /** {@code 2025-07-01} or {@code 01/07/2025}; years 1900–2999. */
    public static LocalDate parseDate(String text) {
        LocalDate d;
        if (text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            String[] p = text.split("/");
            try {
                d = LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            } catch (java.time.DateTimeException e) {
                throw new DateTimeParseException(e.getMessage(), text, 0);
            }
        } else {
            d = LocalDate.parse(text);
        }
        if (d.getYear() < 1900 || d.getYear() > 2999) {
            throw new DateTimeParseException("year out of range", text, 0);
        }
        return d;
    }
}
