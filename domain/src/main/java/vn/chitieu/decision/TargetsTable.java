package vn.chitieu.decision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.indicator.Measure;
import vn.chitieu.period.Period;
import vn.chitieu.result.ResultsTable;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;
import vn.chitieu.text.NumberReader;
import vn.chitieu.text.UnreadableNumberException;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.UnitCode;

/**
 * Reads a targets file ({@code unit,indicator,period,target[,reason]}; contracts.md) into
 * assignments, one per row in row order. Targets of ratio indicators are percentages
 * ({@code 99%}, {@code 99,5}); of count indicators, numbers. Every row problem is reported at once.
 */
public final class TargetsTable {

    public static final String TARGET = "target";
    public static final String REASON = "reason";

    private TargetsTable() {
    }

    public static List<Assignment> read(Table table, NameResolver units, IndicatorCatalogue catalogue) {
        table.requireColumns(ResultsTable.UNIT, ResultsTable.INDICATOR, ResultsTable.PERIOD, TARGET);
        List<InputProblem> problems = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>(table.rows().size());
        for (TableRow row : table.rows()) {
            int before = problems.size();
            UnitCode unit = ResultsTable.unit(row, ResultsTable.UNIT, units, problems);
            IndicatorCode indicator = ResultsTable.indicator(row, catalogue, problems);
            Period period = ResultsTable.period(row, problems);
            BigDecimal target = null;
            try {
                boolean count = indicator != null && catalogue.find(indicator).orElseThrow().measure() == Measure.COUNT;
                if (row.isBlank(TARGET)) {
                    problems.add(row.problem(TARGET, "a target is required"));
                } else {
                    target = count ? NumberReader.decimal(row.get(TARGET)) : NumberReader.percent(row.get(TARGET)).orElse(null);
                    if (target != null && target.signum() < 0) {
                        problems.add(row.problem(TARGET, "a target cannot be negative"));
                    }
                }
            } catch (UnreadableNumberException e) {
                problems.add(row.problem(TARGET, e.reason()));
            }
            if (problems.size() == before) {
                assignments.add(new Assignment(unit, indicator, period, target, null, null, null, null, null,
                        row.get(REASON)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return assignments;
    }
}
