package vn.chitieu.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.indicator.Measure;
import vn.chitieu.period.Period;
import vn.chitieu.result.CellReader;
import vn.chitieu.table.Lined;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;
import vn.chitieu.text.FormulaGuard;
import vn.chitieu.text.NumberReader;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;

/**
 * Reads {@code targets.csv}: {@code unit,indicator,period,target[,reason]} ({@link TargetsColumns}) into
 * assignments, in row order. The unit is a code or a name; the target of a ratio indicator a
 * percent ({@code 95}, {@code 95%}, {@code 99,5}), of a count indicator a number; the period
 * (and the indicator) may come from the caller when the file has no such column. Blank rows are
 * skipped; a (unit, indicator, period) given twice is refused. Every problem in the file is
 * collected and thrown at once, each naming file, line, column, value and reason.
 * <p>This is the one reader of targets files: {@code score} and {@code import targets} read through it.
 */
public final class TargetsTableReader {

    private final NameResolver resolver;
    private final IndicatorCatalogue catalogue;

    public TargetsTableReader(NameResolver resolver, IndicatorCatalogue catalogue) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** The targets of {@code table}; {@code defaultPeriod} is the period of rows without one, null when none. */
    public List<Assignment> read(Table table, Period defaultPeriod) {
        return read(table, defaultPeriod, null);
    }

    /**
     * As {@link #read(Table, Period)}; {@code defaultIndicator} is the indicator of a file without an
     * {@code indicator} column (e.g. {@code unit,target} against an on-time table), null when none.
     *
     * @throws InvalidInputException naming every problem of the file
     */
    public List<Assignment> read(Table table, Period defaultPeriod, IndicatorCode defaultIndicator) {
        return readLined(table, defaultPeriod, defaultIndicator).stream().map(Lined::value).toList();
    }

    /**
     * As {@link #read(Table, Period, IndicatorCode)}, each target with the line of the row it came
     * from, so that a later refusal (storage) can still name the line.
     */
    public List<Lined<Assignment>> readLined(Table table, Period defaultPeriod, IndicatorCode defaultIndicator) {
        String unitColumn = table.columnAny(CellReader.UNIT).orElse(null);
        String indicatorColumn = table.columnAny(CellReader.INDICATOR).orElse(null);
        String periodColumn = table.columnAny(CellReader.PERIOD).orElse(null);
        String targetColumn = table.columnAny(TargetsColumns.TARGET_NAMES).orElse(null);
        String reasonColumn = table.columnAny(TargetsColumns.REASON_NAMES).orElse(null);
        table.refuseMisspeltColumns();
        List<String> missing = new ArrayList<>();
        if (unitColumn == null) {
            missing.add("unit");
        }
        if (indicatorColumn == null && defaultIndicator == null) {
            missing.add("indicator");
        }
        if (periodColumn == null && defaultPeriod == null) {
            missing.add("period (or give the period, e.g. --period 2018-Q1)");
        }
        if (targetColumn == null) {
            missing.add(TargetsColumns.TARGET);
        }
        if (!missing.isEmpty()) {
            throw table.missingColumns(missing, "");
        }
        table.requireRows("targets");
        Indicator fallback = defaultIndicator == null ? null : catalogue.find(defaultIndicator).orElse(null);
        CellReader cells = new CellReader(resolver, catalogue);
        Map<Assignment.Key, Integer> firstLine = new HashMap<>();
        List<Lined<Assignment>> out = new ArrayList<>(table.rows().size());
        for (TableRow row : table.rows()) {
            if (row.get(unitColumn) == null && (indicatorColumn == null || row.get(indicatorColumn) == null)
                    && row.get(targetColumn) == null) {
                continue;
            }
            int before = cells.problemCount();
            Unit unit = cells.unit(row, unitColumn);
            Indicator indicator = indicatorColumn != null ? cells.indicator(row, indicatorColumn) : fallback;
            if (indicator == null && indicatorColumn == null) {
                cells.add(row.problem("indicator", "unknown indicator " + defaultIndicator + "; known: "
                        + catalogue.all().stream().map(i -> i.code().value()).collect(Collectors.joining(", "))));
            }
            Period period = cells.period(row, periodColumn, defaultPeriod);
            BigDecimal target = target(row, targetColumn, indicator, cells);
            if (cells.problemCount() > before) {
                continue;
            }
            Assignment a = new Assignment(unit.code(), indicator.code(), period, target, null, null, null, null,
                    null, reasonColumn == null ? null : FormulaGuard.restore(row.get(reasonColumn)));
            Integer first = firstLine.putIfAbsent(a.key(), row.line());
            if (first != null) {
                cells.add(row.problem("duplicate target for " + a.unit() + ", " + a.indicator() + ", " + a.period()
                        + " (first on line " + first + ")"));
                continue;
            }
            out.add(new Lined<>(row.line(), a));
        }
        cells.refuseIfAnyProblem();
        return List.copyOf(out);
    }

    /** A percent (0–100 %) for a ratio indicator (or an unknown one), a plain number for a count indicator. */
    private static BigDecimal target(TableRow row, String column, Indicator indicator, CellReader cells) {
        if (NumberReader.isNotAvailable(row.get(column))) {
            cells.add(row.problem(column, "a target is required"));
            return null;
        }
        boolean count = indicator != null && indicator.measure() == Measure.COUNT;
        return count ? cells.decimal(row, column, "a target") : cells.value(row, column, indicator, "a target");
    }
}
