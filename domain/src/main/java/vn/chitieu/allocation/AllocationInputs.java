package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.indicator.Ratio;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;
import vn.chitieu.text.NumberReader;
import vn.chitieu.text.UnreadableNumberException;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Resolution;
import vn.chitieu.unit.UnitCode;

/**
 * Reads the tables an allocation starts from (contracts.md): baselines ({@code unit,indicator,period}
 * with {@code rate} or {@code numerator,denominator}, optional {@code procedures}) and overrides
 * ({@code unit,target,reason}, the reason required). Units may be named by code or by name; a name
 * that is ambiguous or unknown is refused, never guessed. Every problem of the file is reported at
 * once with its line, column and value.
 */
public final class AllocationInputs {

    private AllocationInputs() {
    }

    /** The baselines of {@code indicator} (rows of other indicators are skipped when the table has the column). */
    public static List<Baseline> baselines(Table table, NameResolver units, IndicatorCode indicator) {
        table.requireColumns("unit");
        boolean byRate = table.hasColumn("rate");
        if (!byRate) {
            table.requireColumns("numerator", "denominator");
        }
        List<InputProblem> problems = new ArrayList<>();
        List<Baseline> out = new ArrayList<>();
        Map<UnitCode, Integer> seen = new HashMap<>();
        for (TableRow row : table.rows()) {
            if (table.hasColumn("indicator") && row.get("indicator") != null
                    && !row.get("indicator").strip().equalsIgnoreCase(indicator.value())) {
                continue;
            }
            int before = problems.size();
            UnitCode unit = resolve(row, units, problems);
            if (unit != null && seen.containsKey(unit)) {
                problems.add(row.problem("unit", "a second baseline for " + unit + " (first on line " + seen.get(unit) + ")"));
            } else if (unit != null) {
                seen.put(unit, row.line());
            }
            BigDecimal value = null;
            try {
                if (byRate) {
                    value = NumberReader.percent(row.get("rate")).orElse(null);
                    if (value != null && value.signum() < 0) {
                        problems.add(row.problem("rate", "a rate cannot be negative"));
                    }
                } else {
                    long b = count(row, "numerator", problems);
                    long a = count(row, "denominator", problems);
                    if (b >= 0 && a >= 0) {
                        value = new Ratio(b, a).percentValue().orElse(null);
                    }
                }
            } catch (UnreadableNumberException e) {
                problems.add(row.problem("rate", e.reason()));
            }
            Integer procedures = null;
            if (table.hasColumn("procedures") && !row.isBlank("procedures")) {
                long n = count(row, "procedures", problems);
                procedures = n < 0 ? null : (int) Math.min(n, Integer.MAX_VALUE);
            }
            if (problems.size() == before) {
                out.add(new Baseline(unit, value, procedures));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return out;
    }

    /** The drafter's overrides; each needs a unit, a target between 0 and 100 and a reason. */
    public static List<TargetOverride> overrides(Table table, NameResolver units) {
        return overrides(table, units, null);
    }

    /**
     * The drafter's overrides, each for one of {@code recipients} (the units the decision assigns
     * to; null for any unit): an override of another unit would be silently lost, so it is refused
     * with its line.
     */
    public static List<TargetOverride> overrides(Table table, NameResolver units, java.util.Set<UnitCode> recipients) {
        table.requireColumns("unit", "target", "reason");
        List<InputProblem> problems = new ArrayList<>();
        List<TargetOverride> out = new ArrayList<>();
        Map<UnitCode, Integer> seen = new HashMap<>();
        for (TableRow row : table.rows()) {
            int before = problems.size();
            UnitCode unit = resolve(row, units, problems);
            if (unit != null && recipients != null && !recipients.contains(unit)) {
                problems.add(row.problem("unit", unit + " receives no target in this decision"));
            } else if (unit != null && seen.containsKey(unit)) {
                problems.add(row.problem("unit", "a second override for " + unit + " (first on line " + seen.get(unit) + ")"));
            } else if (unit != null) {
                seen.put(unit, row.line());
            }
            BigDecimal target = null;
            try {
                target = NumberReader.percent(row.get("target")).orElse(null);
                if (target == null) {
                    problems.add(row.problem("target", "an override needs a target"));
                } else if (target.signum() < 0 || target.compareTo(BigDecimal.valueOf(100)) > 0) {
                    problems.add(row.problem("target", "a target is between 0 and 100"));
                }
            } catch (UnreadableNumberException e) {
                problems.add(row.problem("target", e.reason()));
            }
            if (row.isBlank("reason")) {
                problems.add(row.problem("reason", "an override needs a reason (it is printed and audited)"));
            }
            if (problems.size() == before) {
                out.add(new TargetOverride(unit, target, row.get("reason")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return out;
    }

    private static UnitCode resolve(TableRow row, NameResolver units, List<InputProblem> problems) {
        String text = row.get("unit");
        if (text == null) {
            problems.add(row.problem("unit", "no unit named"));
            return null;
        }
        Resolution r = units.resolve(text);
        if (!r.isMatched()) {
            problems.add(row.problem("unit", r.explain()));
            return null;
        }
        return r.unit().code();
    }

    private static long count(TableRow row, String column, List<InputProblem> problems) {
        try {
            return NumberReader.count(row.get(column));
        } catch (UnreadableNumberException e) {
            problems.add(row.problem(column, e.reason()));
            return -1;
        }
    }
}
