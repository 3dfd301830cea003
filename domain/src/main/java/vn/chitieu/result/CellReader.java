package vn.chitieu.result;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InputProblems;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.Percent;
import vn.chitieu.period.Period;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;
import vn.chitieu.text.NumberReader;
import vn.chitieu.text.UnreadableNumberException;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;

/**
 * Reads the unit, indicator, period and number cells of one input table (results, targets),
 * collecting every problem instead of stopping at the first, so that the file is refused once
 * with all of them. A unit, period or indicator spelled the same on many rows is resolved once.
 * One instance reads one table: it keeps the problems found so far.
 */
public final class CellReader {

    /** The names a unit, period or indicator column goes by (matched as {@link Table#column} does). */
    public static final String[] UNIT = {"unit", "đơn vị", "tên cơ quan", "tên cơ quan, đơn vị", "tên đơn vị", "cơ quan",
        "name"};
    public static final String[] PERIOD = {"period", "kỳ", "kỳ báo cáo"};
    public static final String[] INDICATOR = {"indicator", "chỉ tiêu", "mã chỉ tiêu"};

    private final NameResolver resolver;
    private final IndicatorCatalogue catalogue;
    /** The first problems, and the count of all (a file of a million bad rows is refused with a short list). */
    private final InputProblems problems = new InputProblems();
    /** Past this many distinct names (or periods…), a lookup is no longer remembered: memory stays bounded. */
    private static final int MAX_CACHED = 100_000;
    /** A unit that cannot be named, when the reason is not wanted any more (only counted). */
    private static final Object NOT_EXPLAINED = new Object();
    private final Map<String, Object> units = new HashMap<>();
    private final Map<String, Object> periods = new HashMap<>();
    private final Map<String, Optional<Indicator>> indicators = new HashMap<>();

    public CellReader(NameResolver resolver, IndicatorCatalogue catalogue) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** A reader of tables without indicator cells (e.g. baselines of one known indicator, overrides). */
    public CellReader(NameResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.catalogue = null;
    }

    /** How many problems were found so far: compare before and after reading a row to know whether it was good. */
    public int problemCount() {
        return (int) Math.min(Integer.MAX_VALUE, problems.total());
    }

    public void add(InputProblem problem) {
        problems.add(Objects.requireNonNull(problem, "problem"));
    }

    /**
     * Throws the problems found, by line, as one {@link InvalidInputException} (the first
     * {@link InvalidInputException#MAX_REPORTED} and the count of all); does nothing when there is none.
     */
    public void refuseIfAnyProblem() {
        problems.refuseIfAny();
    }

    /**
     * The unit given by code or name in {@code column}, resolved; null (and a problem) when empty,
     * unknown (naming the closest units) or ambiguous (naming the candidates: it is never guessed).
     */
    public Unit unit(TableRow row, String column) {
        String name = row.get(column);
        if (name == null) {
            problems.add(row.problem(column, "a unit (code or name) is required"));
            return null;
        }
        Object known = cached(units, name, this::resolve);
        if (known instanceof Unit u) {
            return u;
        }
        if (known == NOT_EXPLAINED) {
            problems.count();
        } else {
            problems.add(row.problem(column, (String) known));
        }
        return null;
    }

    /** The unit, or the reason it cannot be named (not looked for once no more problems are listed). */
    private Object resolve(String name) {
        boolean full = problems.isFull();
        var r = resolver.resolve(name, !full);
        if (r.isMatched()) {
            return r.unit();
        }
        return full ? NOT_EXPLAINED : r.explain();
    }

    /**
     * The period in {@code column} ({@code 2018-Q1}, {@code 2022}, {@code 2022-H1}, {@code 2022-06});
     * {@code defaultPeriod} when the cell is empty or {@code column} is null (the file has none); a
     * problem when neither is given or the text is not a period.
     */
    public Period period(TableRow row, String column, Period defaultPeriod) {
        String text = column == null ? null : row.get(column);
        if (text == null) {
            if (defaultPeriod == null) {
                problems.add(row.problem(column == null ? "period" : column,
                        "a period is required (2018-Q1, 2022, 2022-H1, 2022-06)"));
            }
            return defaultPeriod;
        }
        Object known = cached(periods, text, t -> {
            try {
                return Period.parse(t);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
        if (known instanceof Period p) {
            return p;
        }
        problems.add(row.problem(column, (String) known));
        return null;
    }

    /** The value of {@code key}, computed once; past {@link #MAX_CACHED} keys no longer remembered. */
    private static <V> V cached(Map<String, V> map, String key, Function<String, V> compute) {
        V known = map.get(key);
        if (known == null) {
            known = compute.apply(key);
            if (map.size() < MAX_CACHED) {
                map.put(key, known);
            }
        }
        return known;
    }

    /** The catalogue's indicator named in {@code column}; null (and a problem listing the known codes) when none. */
    public Indicator indicator(TableRow row, String column) {
        if (catalogue == null) {
            throw new IllegalStateException("this reader was made without an indicator catalogue");
        }
        String text = row.get(column);
        Optional<Indicator> found = text == null ? Optional.empty() : cached(indicators, text, catalogue::find);
        if (found.isEmpty() && problems.isFull()) {
            problems.count();
            return null;
        }
        if (found.isEmpty()) {
            problems.add(row.problem(column, (text == null ? "an indicator is required" : "unknown indicator")
                    + "; known: " + catalogue.all().stream().map(i -> i.code().value()).collect(Collectors.joining(", "))));
            return null;
        }
        return found.get();
    }

    /** A count of dossiers or procedures ({@code 38.122} is 38122); null (and a problem) when unreadable. */
    public Long count(TableRow row, String column) {
        return number(row, column, NumberReader::count);
    }

    /**
     * A percent between 0 and 100 ({@code 99,96%}, {@code 95}); null when {@code column} is null, the cell
     * is not available (empty, {@code Không có hồ sơ phát sinh}), or unreadable, negative (with a
     * problem saying that {@code what}, e.g. "a rate", cannot be negative) or above 100 (the rule of
     * {@link Percent#refusal}).
     */
    public BigDecimal percent(TableRow row, String column, String what) {
        return value(row, column, null, what);
    }

    /**
     * The value or target of {@code indicator} in {@code column}, read as a percent ({@code 99,96%},
     * {@code 95}) and held to the indicator's range ({@link Indicator#refusal}: 0–100 % for a ratio,
     * not negative for a count); to 0–100 % when {@code indicator} is null (not known). Null as
     * {@link #percent} is.
     */
    public BigDecimal value(TableRow row, String column, Indicator indicator, String what) {
        if (column == null) {
            return null;
        }
        BigDecimal r = notNegative(row, column, number(row, column, t -> NumberReader.percent(t).orElse(null)), what);
        Optional<String> refused = r == null ? Optional.empty()
                : indicator == null ? Percent.refusal(r) : indicator.refusal(r);
        if (refused.isPresent()) {
            problems.add(row.problem(column, refused.get()));
            return null;
        }
        return r;
    }

    /**
     * A non-negative decimal number ({@code 1200}, {@code 12,5}); null (and a problem) when empty,
     * unreadable or negative ({@code what}, e.g. "a target", cannot be negative).
     */
    public BigDecimal decimal(TableRow row, String column, String what) {
        return notNegative(row, column, number(row, column, NumberReader::decimal), what);
    }

    /** The cell read by {@code reader}; null (and a problem) when unreadable. */
    private <T> T number(TableRow row, String column, Function<String, T> reader) {
        try {
            return reader.apply(row.get(column));
        } catch (UnreadableNumberException e) {
            problems.add(row.problem(column, e.reason()));
            return null;
        }
    }

    /** {@code d}; null (and a problem saying that {@code what} cannot be negative) when negative. */
    private BigDecimal notNegative(TableRow row, String column, BigDecimal d, String what) {
        if (d != null && d.signum() < 0) {
            problems.add(row.problem(column, what + " cannot be negative"));
            return null;
        }
        return d;
    }
}
