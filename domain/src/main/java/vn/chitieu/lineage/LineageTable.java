package vn.chitieu.lineage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.chitieu.common.InputProblems;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;
import vn.chitieu.text.NumberBounds;
import vn.chitieu.text.NumberReader;
import vn.chitieu.text.UnreadableNumberException;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Resolution;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitTree;
import vn.chitieu.unit.UnitsTable;

/**
 * Reads {@code lineage.csv} (contracts.md: {@code from,to,share,date}, share optional, default 1)
 * against a registry that holds both the old and the new units. Every problem is reported at once
 * with its line, column and value:
 * <ul>
 * <li>{@code from} and {@code to} are codes or names; {@code from} is looked for among the units
 *     valid the day before {@code date}, {@code to} among those valid on {@code date}: a unit that
 *     exists but not then is refused naming its validity, an unknown one with suggestions;</li>
 * <li>{@code share} is above 0 and at most 1 ({@code 0.6}, {@code 0,6} or {@code 60%}); the shares
 *     of one unit on one date sum to exactly 1 (compared as exact decimals, {@code 0.3 + 0.7});</li>
 * <li>{@code date} is a date ({@code 2025-07-01} or {@code 01/07/2025}); a row given twice is refused;</li>
 * <li>links never form a cycle (a unit that would be its own successor).</li>
 * </ul>
 */
public final class LineageTable {

    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String SHARE = "share";
    public static final String DATE = "date";

    /** The most links a file may hold (a country's reform has a few thousand). */
    public static final int MAX_LINKS = 100_000;

    private static final Pattern PLAIN_FRACTION = Pattern.compile("0?\\.\\d+|[01](\\.0+)?");

    private LineageTable() {
    }

    public static Lineage read(Table table, UnitTree registry) {
        table.refuseMisspeltColumns(FROM, TO, DATE, SHARE);
        table.requireColumns(FROM, TO, DATE);
        table.requireRows("lineage links");
        InputProblems problems = new InputProblems();
        if (table.rows().size() > MAX_LINKS) {
            problems.add(table.rows().get(MAX_LINKS).problem("too many rows: " + table.rows().size()
                    + "; a lineage file holds at most " + MAX_LINKS));
            problems.refuseIfAny();
        }
        Map<LocalDate, NameResolver> resolvers = new HashMap<>();
        NameResolver any = new NameResolver(registry);
        List<LineageLink> links = new ArrayList<>();
        List<TableRow> rowOf = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (TableRow row : table.rows()) {
            long before = problems.total();
            LocalDate date = date(row, problems);
            Unit from = unit(row, FROM, date == null ? null : date.minusDays(1), registry, resolvers, any, problems);
            Unit to = unit(row, TO, date, registry, resolvers, any, problems);
            BigDecimal share = share(row, problems);
            if (from != null && to != null && from.code().equals(to.code())) {
                problems.add(row.problem(TO, "a unit cannot continue as itself"));
            }
            if (problems.total() > before) {
                continue;
            }
            String key = from.code() + "|" + to.code() + "|" + date;
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                problems.add(row.problem(TO, "the same link again (first on line " + first + ")"));
                continue;
            }
            links.add(new LineageLink(from.code(), to.code(), share, date));
            rowOf.add(row);
        }
        shares(links, rowOf, problems);
        LineageChecks.cycle(links).ifPresent(c -> problems.add(rowOf.get(c.closing()).problem(TO,
                "cycle in lineage: " + c.describe() + " (a unit cannot be its own successor)")));
        problems.refuseIfAny();
        return Lineage.of(links);
    }

    /** The shares of every unit on every date sum to exactly 1. */
    private static void shares(List<LineageLink> links, List<TableRow> rowOf, InputProblems problems) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < links.size(); i++) {
            groups.computeIfAbsent(links.get(i).from() + "|" + links.get(i).date(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : groups.values()) {
            BigDecimal sum = group.stream().map(i -> links.get(i).share()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(BigDecimal.ONE) != 0) {
                LineageLink first = links.get(group.get(0));
                List<String> lines = group.stream().map(i -> String.valueOf(rowOf.get(i).line())).toList();
                for (int i : group) {
                    problems.add(rowOf.get(i).problem(SHARE, "the shares of " + first.from() + " on " + first.date()
                            + " sum to " + sum.stripTrailingZeros().toPlainString() + " (lines " + String.join(", ", lines)
                            + "), not 1"));
                }
            }
        }
    }

    private static LocalDate date(TableRow row, InputProblems problems) {
        String text = row.get(DATE);
        if (text == null || text.isBlank()) {
            problems.add(row.problem(DATE, "a link needs the date from which it holds (2025-07-01)"));
            return null;
        }
        try {
            return UnitsTable.parseDate(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(row.problem(DATE, "a date such as 2025-07-01 (or 01/07/2025)"));
            return null;
        }
    }

    /** 1 when empty; a plain fraction ({@code 0.333}), a Vietnamese decimal ({@code 0,6}) or a percentage ({@code 60%}). */
    private static BigDecimal share(TableRow row, InputProblems problems) {
        String text = row.get(SHARE);
        if (text == null || text.isBlank()) {
            return BigDecimal.ONE;
        }
        String t = text.strip();
        BigDecimal share;
        try {
            if (t.endsWith("%")) {
                share = NumberReader.percent(t).orElseThrow(() -> new UnreadableNumberException(t, "a share such as 0.6"))
                        .movePointLeft(2);
            } else if (PLAIN_FRACTION.matcher(t).matches()) {
                NumberBounds.checkLength(t);
                share = NumberBounds.check(t, new BigDecimal(t));
            } else {
                share = NumberReader.decimal(t);
            }
        } catch (UnreadableNumberException e) {
            problems.add(row.problem(SHARE, e.reason()));
            return null;
        } catch (NumberFormatException e) {
            problems.add(row.problem(SHARE, "a share such as 0.6"));
            return null;
        }
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            problems.add(row.problem(SHARE, "a share is above 0 and at most 1 (the part of the unit's dossiers that goes on)"));
            return null;
        }
        return share;
    }

    /**
     * The unit in {@code column}, among those valid on {@code on} (null: any); null and a problem
     * when empty, unknown, ambiguous, or not valid then.
     */
    private static Unit unit(TableRow row, String column, LocalDate on, UnitTree registry,
            Map<LocalDate, NameResolver> resolvers, NameResolver any, InputProblems problems) {
        String name = row.get(column);
        if (name == null || name.isBlank()) {
            problems.add(row.problem(column, "a unit (code or name) is required"));
            return null;
        }
        NameResolver resolver = on == null ? any : resolvers.computeIfAbsent(on, d -> new NameResolver(registry.asOf(d)));
        Resolution r = resolver.resolve(name, !problems.isFull());
        if (r.isMatched()) {
            return r.unit();
        }
        Optional<Unit> elsewhere = on == null ? Optional.empty() : Optional.of(any.resolve(name, false))
                .filter(Resolution::isMatched).map(Resolution::unit);
        if (elsewhere.isPresent()) {
            problems.add(row.problem(column, elsewhere.get().code() + " is valid " + UnitTree.validity(elsewhere.get())
                    + ", not on " + on + (FROM.equals(column) ? " (the day before the link's date)" : " (the link's date)")));
        } else {
            problems.add(row.problem(column, r.explain()));
        }
        return null;
    }
}
