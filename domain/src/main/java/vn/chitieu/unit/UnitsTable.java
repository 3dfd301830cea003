package vn.chitieu.unit;

import static vn.chitieu.unit.UnitsColumns.ALIASES;
import static vn.chitieu.unit.UnitsColumns.CODE;
import static vn.chitieu.unit.UnitsColumns.KIND;
import static vn.chitieu.unit.UnitsColumns.NAME;
import static vn.chitieu.unit.UnitsColumns.PARENT;
import static vn.chitieu.unit.UnitsColumns.VALID_FROM;
import static vn.chitieu.unit.UnitsColumns.VALID_TO;

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

    /** The most units a file may hold (a country has a few thousand). */
    public static final int MAX_UNITS = 100_000;

    private UnitsTable() {
    }

    public static UnitTree read(Table table) {
        List<Unit> units = units(table);
        try {
            return UnitTree.of(units);
        } catch (InvalidUnitTreeException e) {
            InputProblems problems = new InputProblems();
            for (UnitTreeProblem p : e.problems()) {
                String column = p.reason().startsWith("duplicate") ? CODE
                        : p.reason().startsWith("valid ") ? VALID_FROM : PARENT;
                problems.add(table.rows().get(p.index()).problem(column, p.reason()));
            }
            problems.refuseIfAny();
            throw e;
        }
    }

    /** The columns, at least one row, at most {@link #MAX_UNITS}. */
    private static void check(Table table) {
        table.refuseMisspeltColumns(CODE, NAME, KIND, PARENT, ALIASES, VALID_FROM, VALID_TO);
        table.requireColumns(CODE, NAME, KIND, PARENT);
        if (table.isEmpty()) {
            throw new InvalidInputException(InputProblem.ofFile(table.file(), "no units: the file has a header but no rows"));
        }
        if (table.rows().size() > MAX_UNITS) {
            throw new InvalidInputException(InputProblem.ofFile(table.file(), "too many rows: "
                    + table.rows().size() + "; a units file holds at most " + MAX_UNITS));
        }
    }

    /**
     * The units of {@code table} one per row, in row order ({@code units.get(i)} is row {@code i}),
     * each checked on its own but not as a tree: for adding to a registry that already holds the
     * parents. Every row problem is reported at once.
     */
    public static List<Unit> units(Table table) {
        check(table);
        InputProblems problems = new InputProblems();
        List<Unit> units = new ArrayList<>();
        for (TableRow row : table.rows()) {
            units.add(unit(row, problems));
        }
        problems.refuseIfAny();
        return units;
    }

    private static Unit unit(TableRow row, InputProblems problems) {
        long before = problems.total();
        UnitCode code = null;
        UnitCode parent = null;
        try {
            code = UnitCode.of(row.get(CODE));
        } catch (IllegalArgumentException e) {
            problems.add(row.problem(CODE, e.getMessage()));
        }
        String name = FormulaGuard.restore(row.get(NAME)); // an export's '=… reads back as =…
        if (name == null) {
            problems.add(row.problem(NAME, "a unit needs a name"));
        }
        UnitKind kind = UnitKind.parse(row.get(KIND)).orElse(null);
        if (kind == null) {
            problems.add(row.problem(KIND, row.get(KIND) == null ? "a unit needs a kind"
                    : "unknown kind; expected one of " + Arrays.toString(UnitKind.values())));
        }
        if (row.get(PARENT) != null) {
            try {
                parent = UnitCode.of(row.get(PARENT));
            } catch (IllegalArgumentException e) {
                problems.add(row.problem(PARENT, e.getMessage()));
            }
        }
        if (code != null && code.equals(parent)) {
            problems.add(row.problem(PARENT, "a unit cannot be its own parent"));
        }
        LocalDate from = date(row, VALID_FROM, problems);
        LocalDate to = date(row, VALID_TO, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(row.problem(VALID_TO, "the unit ends before it begins (" + VALID_FROM + " " + from + ")"));
        }
        if (problems.total() > before) {
            return null;
        }
        String aliases = FormulaGuard.restore(row.get(ALIASES));
        return new Unit(code, name, kind, parent, UnitsColumns.aliases(aliases), from, to);
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
