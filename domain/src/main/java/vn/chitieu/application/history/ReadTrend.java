package vn.chitieu.application.history;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.PeriodType;
import vn.chitieu.port.out.Results;
import vn.chitieu.port.out.Units;
import vn.chitieu.result.Result;
import vn.chitieu.result.ResultsTableReader;
import vn.chitieu.table.Table;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: a unit's trend (CLI {@code trend}): its results over every period on record, from
 * results files (every problem of every file reported at once) or from storage. The unit is named
 * by code or by name as printed; an unknown or ambiguous one is bad input with suggestions.
 */
public final class ReadTrend {

    private final Units units;
    private final Results results;

    /** Reads from storage when the command gives no files. */
    public ReadTrend(Units units, Results results) {
        this.units = units;
        this.results = results;
    }

    /** Reads from files only. */
    public ReadTrend() {
        this(null, null);
    }

    public Trend read(TrendCommand c) {
        boolean fromFiles = !c.results().isEmpty();
        if (!fromFiles && (units == null || results == null)) {
            throw new IllegalStateException("no results files and no storage");
        }
        UnitTree tree = fromFiles ? c.tree() : units.tree();
        Unit unit = resolve(tree, c.unit());
        List<Result> all = fromFiles ? read(tree, c) : results.all();
        List<Result> own = all.stream().filter(r -> r.unit().equals(unit.code())
                && (c.indicator() == null || r.indicator().equals(c.indicator()))).toList();
        Map<IndicatorCode, List<Result>> byIndicator = new LinkedHashMap<>();
        own.stream().sorted(Comparator.comparing((Result r) -> r.indicator().value())
                        .thenComparing(r -> r.period().end()).thenComparing(r -> r.period().type().ordinal(),
                                Comparator.reverseOrder()))
                .forEach(r -> byIndicator.computeIfAbsent(r.indicator(), k -> new ArrayList<>()).add(r));
        List<Trend.Series> series = new ArrayList<>();
        for (Map.Entry<IndicatorCode, List<Result>> e : byIndicator.entrySet()) {
            Map<PeriodType, BigDecimal> previous = new EnumMap<>(PeriodType.class);
            List<Trend.Point> points = new ArrayList<>();
            for (Result r : e.getValue()) {
                BigDecimal value = r.value();
                BigDecimal before = previous.get(r.period().type());
                BigDecimal change = value != null && before != null ? value.subtract(before) : null;
                points.add(new Trend.Point(r.period(), r.numerator(), r.denominator(), value, change));
                previous.put(r.period().type(), value);
            }
            series.add(new Trend.Series(e.getKey(), points));
        }
        return new Trend(unit, series);
    }

    private static Unit resolve(UnitTree tree, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(InputProblem.at(null, 0, "--unit", "", "name the unit (code or name)"));
        }
        return new NameResolver(tree).require(name, "--unit");
    }

    private static List<Result> read(UnitTree tree, TrendCommand c) {
        NameResolver resolver = new NameResolver(tree);
        List<InputProblem> problems = new ArrayList<>();
        long total = 0;
        List<Result> all = new ArrayList<>();
        for (Supplier<Table> file : c.results()) {
            try {
                all.addAll(new ResultsTableReader(resolver, c.catalogue()).read(file.get(), null));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                total += e.total();
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, total);
        }
        return all;
    }
}
