package vn.chitieu.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;
import vn.chitieu.text.NumberReader;
import vn.chitieu.text.UnreadableNumberException;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Resolution;
import vn.chitieu.unit.UnitCode;

/**
 * Reads results in the long form ({@code unit,indicator,period} and either
 * {@code numerator,denominator} or {@code rate}, optional {@code procedures}; contracts.md). A
 * unit is a code or a name, resolved against the registry; an empty rate or
 * "Không có hồ sơ phát sinh" is not available. Every row problem is reported at once.
 */
public final class ResultsTable {

    public static final String UNIT = "unit";
    public static final String INDICATOR = "indicator";
    public static final String PERIOD = "period";
    public static final String NUMERATOR = "numerator";
    public static final String DENOMINATOR = "denominator";
    public static final String RATE = "rate";
    public static final String PROCEDURES = "procedures";

    private ResultsTable() {
    }

    /** The results of {@code table} one per row, in row order. */
    public static List<Result> read(Table table, NameResolver units, IndicatorCatalogue catalogue) {
        table.requireColumns(UNIT, INDICATOR, PERIOD);
        boolean counts = table.hasColumn(NUMERATOR) || table.hasColumn(DENOMINATOR);
        if (counts) {
            table.requireColumns(NUMERATOR, DENOMINATOR);
        } else {
            table.requireColumns(RATE);
        }
        boolean rates = table.hasColumn(RATE);
        List<InputProblem> problems = new ArrayList<>();
        List<Result> results = new ArrayList<>(table.rows().size());
        // a long file names the same units and periods on many rows: resolve each text once
        Map<String, UnitCode> resolved = new HashMap<>();
        Map<String, Period> periods = new HashMap<>();
        for (TableRow row : table.rows()) {
            int before = problems.size();
            String unitText = row.get(UNIT);
            UnitCode unit = unitText == null ? null : resolved.get(unitText);
            if (unit == null) {
                unit = unit(row, UNIT, units, problems);
                if (unit != null) {
                    resolved.put(unitText, unit);
                }
            }
            IndicatorCode indicator = indicator(row, catalogue, problems);
            String periodText = row.get(PERIOD);
            Period period = periodText == null ? null : periods.get(periodText);
            if (period == null) {
                period = period(row, problems);
                if (period != null) {
                    periods.put(periodText, period);
                }
            }
            Long numerator = null;
            Long denominator = null;
            BigDecimal rate = null;
            if (counts && !(row.isBlank(NUMERATOR) && row.isBlank(DENOMINATOR))) {
                numerator = count(row, NUMERATOR, problems);
                denominator = count(row, DENOMINATOR, problems);
            } else if (rates) {
                try {
                    rate = NumberReader.percent(row.get(RATE)).orElse(null);
                } catch (UnreadableNumberException e) {
                    problems.add(row.problem(RATE, e.reason()));
                }
            }
            Integer procedures = null;
            if (!row.isBlank(PROCEDURES)) {
                Long p = count(row, PROCEDURES, problems);
                procedures = p == null ? null : Math.toIntExact(Math.min(p, Integer.MAX_VALUE));
            }
            if (problems.size() == before) {
                results.add(new Result(unit, indicator, period, numerator, denominator, rate, procedures, null));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return results;
    }

    /** A unit given by code or name, resolved; an ambiguous or unknown name is a problem naming the candidates. */
    public static UnitCode unit(TableRow row, String column, NameResolver units, List<InputProblem> problems) {
        String text = row.get(column);
        if (text == null) {
            problems.add(row.problem(column, "a unit (code or name) is required"));
            return null;
        }
        Resolution r = units.resolve(text);
        if (r.isMatched()) {
            return r.unit().code();
        }
        List<String> others = (r.candidates().isEmpty() ? r.suggestions() : r.candidates()).stream()
                .map(u -> u.code().value()).toList();
        problems.add(row.problem(column, (r.candidates().isEmpty() ? "no unit in the registry has this code or name"
                : "more than one unit has this name") + (others.isEmpty() ? "" : " (" + String.join(", ", others) + "?)")));
        return null;
    }

    public static IndicatorCode indicator(TableRow row, IndicatorCatalogue catalogue, List<InputProblem> problems) {
        Optional<IndicatorCode> code = catalogue.find(row.get(INDICATOR)).map(i -> i.code());
        if (code.isEmpty()) {
            problems.add(row.problem(INDICATOR, "unknown indicator"));
        }
        return code.orElse(null);
    }

    public static Period period(TableRow row, List<InputProblem> problems) {
        try {
            return Period.parse(row.get(PERIOD));
        } catch (IllegalArgumentException e) {
            problems.add(row.problem(PERIOD, e.getMessage()));
            return null;
        }
    }

    private static Long count(TableRow row, String column, List<InputProblem> problems) {
        try {
            return NumberReader.count(row.get(column));
        } catch (UnreadableNumberException e) {
            problems.add(row.problem(column, e.reason()));
            return null;
        }
    }
}
