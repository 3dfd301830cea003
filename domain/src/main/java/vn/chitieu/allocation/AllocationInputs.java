package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.indicator.Percent;
import vn.chitieu.indicator.Ratio;
import vn.chitieu.result.CellReader;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;
import vn.chitieu.text.NumberReader;
import vn.chitieu.text.UnreadableNumberException;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;

/**
 * Reads the tables an allocation starts from (contracts.md): baselines ({@code unit,indicator,period}
 * with {@code rate} or {@code numerator,denominator}, or all three and each row its counts or its rate;
 * optional {@code procedures}) and overrides
 * ({@code unit,target,reason}, the reason required). Units may be named by code or by name; a name
 * that is ambiguous or unknown is refused, never guessed. Every problem of the file is reported at
 * once with its line, column and value.
 */
public final class AllocationInputs {

    private AllocationInputs() {
    }

    /**
     * The baselines of {@code indicator} (rows of other indicators are skipped when the table has the
     * column). A rate is a percentage (0–100 %), and so is b / a: a numerator above its denominator
     * is refused. A file with no data rows, or whose rows are all of other indicators (a baseline
     * of the wrong indicator would put every unit at its floor), is refused.
     */
    public static List<Baseline> baselines(Table table, NameResolver units, IndicatorCode indicator) {
        return baselineRows(table, units, indicator).stream().map(BaselineRow::baseline).toList();
    }

    /** A baseline as its file gave it: with its counts (null when the file gave a rate). */
    public record BaselineRow(Baseline baseline, Long numerator, Long denominator) {
    }

    /** {@link #baselines}, each with the counts it was computed from (a lineage restates counts, not rates). */
    public static List<BaselineRow> baselineRows(Table table, NameResolver units, IndicatorCode indicator) {
        table.refuseMisspeltColumns("unit", "numerator", "denominator", "rate", "indicator", "procedures");
        table.requireColumns("unit");
        table.requireRows("baselines");
        boolean withCounts = table.hasColumn("numerator") && table.hasColumn("denominator");
        boolean withRate = table.hasColumn("rate");
        if (!withRate) {
            table.requireColumns("numerator", "denominator");
        }
        CellReader cells = new CellReader(units);
        List<BaselineRow> out = new ArrayList<>();
        Map<UnitCode, Integer> seen = new HashMap<>();
        TableRow otherIndicator = null;
        int rowsOfIndicator = 0;
        for (TableRow row : table.rows()) {
            if (table.hasColumn("indicator") && row.get("indicator") != null
                    && !row.get("indicator").strip().equalsIgnoreCase(indicator.value())) {
                otherIndicator = otherIndicator == null ? row : otherIndicator;
                continue;
            }
            rowsOfIndicator++;
            int before = cells.problemCount();
            UnitCode unit = unit(row, cells);
            if (unit != null && seen.putIfAbsent(unit, row.line()) != null) {
                cells.add(row.problem("unit", "a second baseline for " + unit + " (first on line " + seen.get(unit) + ")"));
            }
            BigDecimal value = null;
            Long numerator = null;
            Long denominator = null;
            // a file with both: a row's counts when it gives them, else its rate (which then cannot be restated)
            boolean byRate = withRate && (!withCounts || row.isBlank("numerator") && row.isBlank("denominator"));
            if (byRate) {
                value = cells.percent(row, "rate", "a rate");
            } else {
                Long b = cells.count(row, "numerator");
                Long a = cells.count(row, "denominator");
                if (b != null && a != null && b > a) {
                    cells.add(row.problem("numerator", "the numerator is above the denominator " + a + ": "
                            + Percent.RANGE));
                } else if (b != null && a != null) {
                    value = new Ratio(b, a).percentValue().orElse(null);
                    numerator = b;
                    denominator = a;
                }
            }
            Integer procedures = null;
            if (table.hasColumn("procedures") && !row.isBlank("procedures")) {
                Long n = cells.count(row, "procedures");
                procedures = n == null ? null : (int) Math.min(n, Integer.MAX_VALUE);
            }
            if (cells.problemCount() == before) {
                out.add(new BaselineRow(new Baseline(unit, value, procedures), numerator, denominator));
            }
        }
        if (rowsOfIndicator == 0 && otherIndicator != null) {
            cells.add(otherIndicator.problem("indicator", "the policy is for " + indicator
                    + " and no row of the file is: a baseline of another indicator cannot be used"));
        }
        cells.refuseIfAnyProblem();
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
        table.refuseMisspeltColumns("unit", "target", "reason");
        table.requireColumns("unit", "target", "reason");
        CellReader cells = new CellReader(units);
        List<TargetOverride> out = new ArrayList<>();
        Map<UnitCode, Integer> seen = new HashMap<>();
        for (TableRow row : table.rows()) {
            int before = cells.problemCount();
            UnitCode unit = unit(row, cells);
            if (unit != null && recipients != null && !recipients.contains(unit)) {
                cells.add(row.problem("unit", unit + " receives no target in this decision"));
            } else if (unit != null && seen.putIfAbsent(unit, row.line()) != null) {
                cells.add(row.problem("unit", "a second override for " + unit + " (first on line " + seen.get(unit) + ")"));
            }
            BigDecimal target = null;
            try {
                target = NumberReader.percent(row.get("target")).orElse(null);
                if (target == null) {
                    cells.add(row.problem("target", "an override needs a target"));
                } else if (Percent.refusal(target).isPresent()) {
                    cells.add(row.problem("target", "a target is between 0 and 100: " + Percent.RANGE));
                }
            } catch (UnreadableNumberException e) {
                cells.add(row.problem("target", e.reason()));
            }
            if (row.isBlank("reason")) {
                cells.add(row.problem("reason", "an override needs a reason (it is printed and audited)"));
            }
            if (cells.problemCount() == before) {
                out.add(new TargetOverride(unit, target, row.get("reason")));
            }
        }
        cells.refuseIfAnyProblem();
        return out;
    }

    private static UnitCode unit(TableRow row, CellReader cells) {
        Unit unit = cells.unit(row, "unit");
        return unit == null ? null : unit.code();
    }
}
