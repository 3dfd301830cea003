package vn.chitieu.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;
import vn.chitieu.text.NumberReader;
import vn.chitieu.text.UnreadableNumberException;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;

/**
 * Reads {@code targets.csv}: {@code unit,indicator,period,target[,reason]} (contracts.md). The
 * unit is a code or a name; the target a percent ({@code 95}, {@code 95%}, {@code 99,5}); the
 * period may come from the caller when the file has no period column. All problems at once.
 */
public final class TargetsTableReader {

    private final NameResolver resolver;
    private final IndicatorCatalogue catalogue;

    public TargetsTableReader(NameResolver resolver, IndicatorCatalogue catalogue) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public List<Assignment> read(Table table, Period defaultPeriod) {
        return read(table, defaultPeriod, null);
    }

    /**
     * As {@link #read(Table, Period)}; {@code defaultIndicator} is the indicator of a file without an
     * {@code indicator} column (e.g. {@code unit,target} against an on-time table), null when none.
     */
    public List<Assignment> read(Table table, Period defaultPeriod, IndicatorCode defaultIndicator) {
        List<String> missing = new ArrayList<>();
        for (String c : new String[] {"unit", "target"}) {
            if (!table.hasColumn(c)) {
                missing.add(c);
            }
        }
        boolean indicatorColumn = table.hasColumn("indicator");
        if (!indicatorColumn && defaultIndicator == null) {
            missing.add("indicator");
        }
        if (!table.hasColumn("period") && defaultPeriod == null) {
            missing.add("period (or give the period, e.g. --period 2018-Q1)");
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(InputProblem.at(table.file(), 1, null, null,
                    "missing column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                            + " (the header has: " + String.join(", ", table.headers()) + ")"));
        }
        List<InputProblem> problems = new ArrayList<>();
        Map<Assignment.Key, Integer> firstLine = new HashMap<>();
        Map<String, Object> units = new HashMap<>();
        List<Assignment> out = new ArrayList<>();
        for (TableRow row : table.rows()) {
            if (row.get("unit") == null && (!indicatorColumn || row.get("indicator") == null) && row.get("target") == null) {
                continue;
            }
            int before = problems.size();
            Unit unit = null;
            String name = row.get("unit");
            if (name == null) {
                problems.add(row.problem("unit", "a unit (code or name) is required"));
            } else {
                Object known = units.computeIfAbsent(name, this::resolve);
                if (known instanceof Unit u) {
                    unit = u;
                } else {
                    problems.add(row.problem("unit", (String) known));
                }
            }
            Optional<Indicator> indicator = indicatorColumn ? catalogue.find(row.get("indicator"))
                    : catalogue.find(defaultIndicator);
            if (indicator.isEmpty()) {
                problems.add(row.problem("indicator", (row.get("indicator") == null ? "an indicator is required"
                        : "unknown indicator") + "; known: "
                        + catalogue.all().stream().map(i -> i.code().value()).collect(Collectors.joining(", "))));
            }
            Period period = defaultPeriod;
            String periodText = table.hasColumn("period") ? row.get("period") : null;
            if (periodText != null) {
                try {
                    period = Period.parse(periodText);
                } catch (IllegalArgumentException e) {
                    problems.add(row.problem("period", e.getMessage()));
                }
            } else if (defaultPeriod == null) {
                problems.add(row.problem("period", "a period is required (2018-Q1, 2022, 2022-H1, 2022-06)"));
            }
            BigDecimal target = null;
            try {
                target = NumberReader.percent(row.get("target")).orElse(null);
                if (target == null) {
                    problems.add(row.problem("target", "a target is required"));
                } else if (target.signum() < 0) {
                    problems.add(row.problem("target", "a target cannot be negative"));
                }
            } catch (UnreadableNumberException e) {
                problems.add(row.problem("target", e.reason()));
            }
            if (problems.size() > before) {
                continue;
            }
            Assignment a = new Assignment(unit.code(), indicator.get().code(), period, target, null, null, null, null,
                    null, table.hasColumn("reason") ? row.get("reason") : null);
            Integer first = firstLine.putIfAbsent(a.key(), row.line());
            if (first != null) {
                problems.add(row.problem("duplicate target for " + a.unit() + ", " + a.indicator() + ", " + a.period()
                        + " (first on line " + first + ")"));
                continue;
            }
            out.add(a);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(InputProblem::line));
            throw new InvalidInputException(problems);
        }
        return List.copyOf(out);
    }

    private Object resolve(String name) {
        var r = resolver.resolve(name);
        return r.isMatched() ? r.unit() : r.explain();
    }
}
