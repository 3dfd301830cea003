package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.Percent;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;
import vn.chitieu.text.NumberReader;
import vn.chitieu.text.UnreadableNumberException;
import vn.chitieu.text.VietnameseText;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/**
 * Reads a {@code children.csv} table (contracts.md: {@code unit,kind,weight,baseline[,readiness][,cap]},
 * optional {@code name}) into cascade children. {@code unit} is a code, or a name from which a
 * code is derived by folding ({@code Phường An Lạc} → {@code phuong-an-lac}). Weights are dossier
 * counts ({@code 38.122} = 38122) or decimals ({@code 1,5}). Every problem of
 * every row is reported at once with its file, line, column and value.
 */
public final class CascadeChildren {

    private CascadeChildren() {
    }

    public static List<CascadeChild> read(Table table) {
        return read(table, null);
    }

    /**
     * The children of {@code parent} (null: any parent) in {@code table}: the parent given as its
     * own child is refused on its line, and so is a file whose weights sum to 0 (no child weighs
     * anything, so no weighted target can be reached or measured).
     */
    public static List<CascadeChild> read(Table table, UnitCode parent) {
        table.refuseMisspeltColumns("unit", "kind", "weight", "baseline", "readiness", "cap", "name");
        table.requireColumns("unit", "kind", "weight", "baseline");
        List<InputProblem> problems = new ArrayList<>();
        List<CascadeChild> children = new ArrayList<>();
        Map<UnitCode, Integer> seen = new HashMap<>();
        boolean readiness = table.hasColumn("readiness");
        boolean caps = table.hasColumn("cap");
        boolean names = table.hasColumn("name");
        for (TableRow row : table.each()) { // one pass: a streamed file's rows are not held
            int before = problems.size();
            String unitText = row.get("unit");
            UnitCode code = null;
            if (unitText == null) {
                problems.add(row.problem("unit", "a child needs a unit code or name"));
            } else {
                code = codeFor(unitText).orElse(null);
                if (code == null) {
                    problems.add(row.problem("unit", "cannot make a unit code of this name"));
                } else if (code.equals(parent)) {
                    problems.add(row.problem("unit", "the parent " + parent + " cannot be its own child"));
                } else if (seen.putIfAbsent(code, row.line()) != null) {
                    problems.add(row.problem("unit", "the same child is already on line " + seen.get(code)));
                }
            }
            UnitKind kind = UnitKind.parse(row.get("kind")).orElse(null);
            if (kind == null) {
                problems.add(row.problem("kind", "unknown unit kind; one of " + java.util.Arrays.toString(UnitKind.values())));
            }
            BigDecimal weight = weight(row, problems);
            BigDecimal baseline = percent(row, "baseline", problems);
            if (baseline != null && baseline.signum() < 0) {
                problems.add(row.problem("baseline", "a baseline cannot be negative"));
            } else if (baseline != null && Percent.refusal(baseline).isPresent()) {
                problems.add(row.problem("baseline", "a baseline is a percentage: " + Percent.RANGE));
            }
            BigDecimal ready = readiness && !row.isBlank("readiness") ? number(row, "readiness", problems) : null;
            if (ready != null && (ready.signum() <= 0 || ready.compareTo(BigDecimal.ONE) > 0)) {
                problems.add(row.problem("readiness", "readiness is more than 0 and at most 1 (1 = fully ready)"));
            }
            BigDecimal cap = caps ? percent(row, "cap", problems) : null;
            if (cap != null && Percent.refusal(cap).isPresent()) {
                problems.add(row.problem("cap", "a cap is between 0 and 100: " + Percent.RANGE));
            }
            if (problems.size() == before) {
                String name = names && !row.isBlank("name") ? row.get("name") : unitText;
                children.add(new CascadeChild(code, name, kind, weight, baseline, ready, cap));
            }
        }
        table.requireRows("children"); // a header only: no row was read, so no row's problem comes before this
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (children.stream().allMatch(c -> c.weight().signum() == 0)) {
            throw new InvalidInputException(InputProblem.at(table.file(), 0, "weight", null, Cascade.ZERO_WEIGHTS));
        }
        return children;
    }

    /** The code itself, or a code derived from a name by folding it. */
    static Optional<UnitCode> codeFor(String text) {
        try {
            return Optional.of(UnitCode.of(text));
        } catch (IllegalArgumentException notACode) {
            String derived = VietnameseText.fold(text).replace(' ', '-');
            try {
                return derived.isEmpty() ? Optional.empty() : Optional.of(UnitCode.of(derived));
            } catch (IllegalArgumentException stillNot) {
                return Optional.empty();
            }
        }
    }

    /**
     * A weight is usually a count of dossiers, written as counts are ({@code 38.122} is 38122);
     * a fractional weight ({@code 1,5} or {@code 1.5}) is read as a decimal.
     */
    private static BigDecimal weight(TableRow row, List<InputProblem> problems) {
        String text = row.get("weight");
        if (text != null && text.strip().startsWith("-")) {
            problems.add(row.problem("weight", "a weight cannot be negative"));
            return null;
        }
        try {
            return BigDecimal.valueOf(NumberReader.count(text));
        } catch (UnreadableNumberException notACount) {
            return number(row, "weight", problems);
        }
    }

    private static BigDecimal number(TableRow row, String column, List<InputProblem> problems) {
        String text = row.get(column);
        try {
            return NumberReader.decimal(text);
        } catch (UnreadableNumberException e) {
            problems.add(row.problem(column, e.reason()));
            return null;
        }
    }

    private static BigDecimal percent(TableRow row, String column, List<InputProblem> problems) {
        try {
            return NumberReader.percent(row.get(column)).orElse(null);
        } catch (UnreadableNumberException e) {
            problems.add(row.problem(column, e.reason()));
            return null;
        }
    }
}
