package vn.chitieu.result;

import static vn.chitieu.result.ResultsColumns.DENOMINATOR;
import static vn.chitieu.result.ResultsColumns.INDICATOR;
import static vn.chitieu.result.ResultsColumns.LATE;
import static vn.chitieu.result.ResultsColumns.LATE_RATE;
import static vn.chitieu.result.ResultsColumns.NUMERATOR;
import static vn.chitieu.result.ResultsColumns.ON_TIME;
import static vn.chitieu.result.ResultsColumns.ON_TIME_RATE;
import static vn.chitieu.result.ResultsColumns.PERIOD;
import static vn.chitieu.result.ResultsColumns.PROCEDURES;
import static vn.chitieu.result.ResultsColumns.RATE;
import static vn.chitieu.result.ResultsColumns.RECEIVED;
import static vn.chitieu.result.ResultsColumns.RESOLVED;
import static vn.chitieu.result.ResultsColumns.UNIT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.indicator.Ratio;
import vn.chitieu.period.Period;
import vn.chitieu.table.Lined;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;
import vn.chitieu.text.NumberReader;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;

/**
 * Turns a results table into {@link Result}s, in either form of contracts.md:
 * <ul>
 * <li>long: {@code unit,indicator,period} and {@code numerator,denominator} or {@code rate}
 * (a percent, or empty / {@code Không có hồ sơ phát sinh} for not available), optional {@code procedures},
 * and optionally the on-time columns {@code received,resolved,onTime,late[,onTimeRate,lateRate]} of an ON_TIME_RATE
 * row, as {@code export results} writes them ({@link ResultsColumns}): kept as its {@link OnTimeDetail}; the counts,
 * when given, must be onTime / (onTime + late);</li>
 * <li>wide on-time export (seed 003, Phụ lục 2; no indicator column): {@code unit,period,received,resolved,onTime,late[,onTimeRate,lateRate]},
 * or the seed's Vietnamese headers on one row: {@code Tên cơ quan;Số lượng tiếp nhận;Đã giải quyết;Đúng hạn SL;
 * Đúng hạn TL (%);Trễ hạn SL;Trễ hạn TL (%)}, or the two-row header as printed ({@code ĐÚNG HẠN} and
 * {@code TRỄ HẠN} over {@code SL | TL (%)}); an {@code STT} column is ignored. Each row yields ON_TIME_RATE
 * with b = on time and a = on time + late, keeping the columns as {@link OnTimeDetail}.</li>
 * </ul>
 * Units are named by code or by name (resolved with {@link NameResolver}); the period comes from a
 * {@code period} column or, when the file has none, from the caller. Repeated header rows, blank
 * rows, section rows ({@code I. CÁC SỞ, BAN, NGÀNH}) and a totals row ({@code Tổng cộng}: the
 * scoreboard sums the rows itself; state a printed total with {@code --declared}) are skipped. A (unit, indicator,
 * period) given twice is refused, and so is a rate that contradicts its counts. Every problem in the file is
 * collected and thrown at once as an {@link InvalidInputException}, each naming file, line, column, value and reason.
 * {@link #readLined} gives each result with its line (for imports whose later refusals must name it).
 * <p>This is the one reader of results files: the CLI's {@code score} and {@code import results} and the HTTP
 * adapter all read through it.
 */
public final class ResultsTableReader {

    private static final Pattern SECTION = Pattern.compile("^[IVXLC]+\\s*[.)]\\s.*");
    private static final java.util.Set<String> TOTALS = java.util.Set.of("tongcong", "tong", "tongso", "cong", "total");
    /** The first letters of {@link #TOTALS}: a name starting otherwise is not a totals row. */
    private static final String TOTALS_FIRST = TOTALS.stream().map(k -> k.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());
    private static final BigDecimal TOLERANCE = new BigDecimal("0.05");
    private static final IndicatorCode ON_TIME_RATE_CODE = IndicatorCode.of("ON_TIME_RATE");
    private static final String RATE_NOUN = "a rate";

    private final NameResolver resolver;
    private final IndicatorCatalogue catalogue;

    public ResultsTableReader(NameResolver resolver, IndicatorCatalogue catalogue) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * True when {@code table} is in the wide on-time form: it has on-time columns and no indicator
     * column (a long-form table may carry the on-time columns beside its indicator, as
     * {@code export results} writes them: {@link ResultsColumns}).
     */
    public static boolean isWide(Table table) {
        return table.columnAny(INDICATOR).isEmpty() && hasOnTimeColumns(table);
    }

    private static boolean hasOnTimeColumns(Table table) {
        return table.columnAny(ON_TIME).isPresent() || table.columnAny(RECEIVED).isPresent()
                || table.columnAny(RESOLVED).isPresent() || table.columnAny(LATE).isPresent();
    }

    /**
     * Reads every row of {@code table}, in row order. {@code period} is the period of rows that have
     * none (the file has no period column, or the cell is empty); null when the caller has none.
     *
     * @throws InvalidInputException naming every problem of the file (file, line, column, value, reason)
     */
    public List<Result> read(Table table, Period period) {
        return readLined(table, period).stream().map(Lined::value).toList();
    }

    /**
     * As {@link #read(Table, Period)}, each result with the line of the row it came from (skipped
     * rows, e.g. section or totals rows of the wide form, yield nothing), so that a later refusal
     * (storage) can still name the line.
     */
    public List<Lined<Result>> readLined(Table table, Period period) {
        List<Lined<Result>> read = new ArrayList<>(table.sizeHint());
        Map<Result.Key, Integer> firstLine = new HashMap<>(table.sizeHint() * 4 / 3 + 16);
        readEach(table, period, (line, result) -> {
            Integer first = firstLine.putIfAbsent(result.key(), line);
            if (first == null) {
                read.add(new Lined<>(line, result));
            }
            return first == null ? -1 : first;
        });
        return java.util.Collections.unmodifiableList(read); // not copied: a million rows
    }

    /**
     * Reads every row of {@code table} in row order, as {@link #readLined}, handing each result to
     * {@code sink} instead of keeping it: a file of a million rows is read without a list of them.
     * When the file has a problem, the sink has been handed its good results and the whole file is refused.
     *
     * @throws InvalidInputException naming every problem of the file
     */
    public void readEach(Table table, Period period, Sink sink) {
        Pass pass = new Pass(table, period, Objects.requireNonNull(sink, "sink"));
        if (isWide(table)) {
            pass.wide();
        } else {
            pass.longForm();
        }
        table.requireRows("results"); // after the header's own problems
    }

    /** Where {@link #readEach} puts the results it reads. */
    @FunctionalInterface
    public interface Sink {
        /**
         * Takes {@code result}, read on {@code line}; returns −1, or the line on which the same
         * (unit, indicator, period) was read before (then {@code result} is refused as a duplicate).
         */
        int accept(int line, Result result);
    }

    /**
     * The on-time columns of a long-form table ({@link ResultsColumns}: received, resolved, onTime,
     * late, and the stated rates), all four counts or none.
     */
    private record OnTimeColumns(String received, String resolved, String onTime, String late, String onTimeRate,
            String lateRate) {

        /**
         * The columns of {@code table}; null when it has none; the missing ones added to {@code missing}. A stated
         * rate without the four counts is refused, not read past: its values would be dropped in silence.
         */
        static OnTimeColumns of(Table table, List<String> missing) {
            // both asked before deciding: a header that is a near miss of either is then refused too
            String onTimeRate = table.columnAny(ON_TIME_RATE).orElse(null);
            String lateRate = table.columnAny(LATE_RATE).orElse(null);
            if (!hasOnTimeColumns(table) && onTimeRate == null && lateRate == null) {
                return null;
            }
            String[][] names = {RECEIVED, RESOLVED, ON_TIME, LATE};
            String[] found = new String[names.length];
            int before = missing.size();
            for (int i = 0; i < names.length; i++) {
                found[i] = table.columnAny(names[i]).orElse(null);
                if (found[i] == null) {
                    missing.add(names[i][0]);
                }
            }
            if (missing.size() > before) { // said once, after the last of them
                int last = missing.size() - 1;
                missing.set(last, missing.get(last) + " (received, resolved, onTime and late come together)");
            }
            return new OnTimeColumns(found[0], found[1], found[2], found[3], onTimeRate, lateRate);
        }

        /** True when {@code row} has any on-time cell. */
        boolean given(TableRow row) {
            for (String c : new String[] {received, resolved, onTime, late, onTimeRate, lateRate}) {
                if (c != null && row.get(c) != null) {
                    return true;
                }
            }
            return false;
        }

        /** The detail of {@code row}; null (with the problems added to {@code cells}) when a cell is bad. */
        OnTimeDetail read(TableRow row, CellReader cells) {
            int before = cells.problemCount();
            Long rec = cells.count(row, received);
            Long res = cells.count(row, resolved);
            Long on = cells.count(row, onTime);
            Long lt = cells.count(row, late);
            BigDecimal onRate = cells.percent(row, onTimeRate, RATE_NOUN);
            BigDecimal ltRate = cells.percent(row, lateRate, RATE_NOUN);
            return cells.problemCount() > before ? null : new OnTimeDetail(rec, res, on, lt, onRate, ltRate);
        }
    }

    /** One reading of one table, collecting every problem. */
    private final class Pass {
        private final Table table;
        private final Period defaultPeriod;
        private final CellReader cells = new CellReader(resolver, catalogue);
        private final Sink sink;
        private String unitHeader;
        private String unitHeaderKey;

        Pass(Table table, Period defaultPeriod, Sink sink) {
            this.table = table;
            this.defaultPeriod = defaultPeriod;
            this.sink = sink;
        }

        void wide() {
            List<String> missing = new ArrayList<>();
            String unitCol = require(UNIT, "unit (Tên cơ quan)", missing);
            String received = require(RECEIVED, "received (Số lượng tiếp nhận)", missing);
            String resolved = require(RESOLVED, "resolved (Đã giải quyết)", missing);
            OnTimeColumns columns;
            String printedOnTime = printedTwoRowHeader();
            if (printedOnTime != null) {
                int at = table.headers().indexOf(printedOnTime);
                boolean rateNext = at + 1 < table.headers().size() && table.headers().get(at + 1).isEmpty()
                        && table.headers().indexOf("") == at + 1;
                columns = new OnTimeColumns(received, resolved, printedOnTime, table.column("trễ hạn").orElseThrow(),
                        rateNext ? "" : null, null);
            } else {
                columns = new OnTimeColumns(received, resolved, require(ON_TIME, "onTime (Đúng hạn SL)", missing),
                        require(LATE, "late (Trễ hạn SL)", missing), table.columnAny(ON_TIME_RATE).orElse(null),
                        table.columnAny(LATE_RATE).orElse(null));
            }
            String periodCol = periodColumn(missing);
            table.refuseMisspeltColumns();
            if (!missing.isEmpty()) {
                String hint = table.column("đúng hạn").isPresent() || table.column("trễ hạn").isPresent()
                        ? " — for a two-row header (ĐÚNG HẠN over SL / TL (%)) put SL under ĐÚNG HẠN and under TRỄ HẠN "
                                + "on the second row, or write one header row: " + ResultsColumns.WIDE_HEADER_VI
                        : "";
                throw table.missingColumns(missing, hint);
            }
            for (TableRow row : table.rows()) {
                if (skippable(row, unitCol, received, resolved, columns.onTime(), columns.late())
                        || (printedOnTime != null && isSubHeader(row.get(printedOnTime)))) {
                    continue;
                }
                int before = cells.problemCount();
                Unit unit = cells.unit(row, unitCol);
                Period p = cells.period(row, periodCol, defaultPeriod);
                OnTimeDetail detail = columns.read(row, cells);
                if (cells.problemCount() > before || detail == null) {
                    continue;
                }
                add(row, new Result(unit.code(), ON_TIME_RATE_CODE, p, detail.onTime(), detail.onTime() + detail.late(),
                        null, null, detail));
            }
            cells.refuseIfAnyProblem();
        }

        void longForm() {
            List<String> missing = new ArrayList<>();
            String unitCol = require(UNIT, "unit", missing);
            String indicatorCol = require(INDICATOR, "indicator", missing);
            String periodCol = periodColumn(missing);
            String num = table.columnAny(NUMERATOR).orElse(null);
            String den = table.columnAny(DENOMINATOR).orElse(null);
            String rate = table.columnAny(RATE).orElse(null);
            String procedures = table.columnAny(PROCEDURES).orElse(null);
            OnTimeColumns onTime = OnTimeColumns.of(table, missing);
            if ((num == null) != (den == null)) {
                missing.add(num == null ? "numerator" : "denominator");
            } else if (num == null && rate == null && onTime == null) {
                missing.add("numerator and denominator, or rate (or, for the wide on-time form: "
                        + "received, resolved, onTime, late)");
            }
            table.refuseMisspeltColumns();
            if (!missing.isEmpty()) {
                throw table.missingColumns(missing, "");
            }
            for (TableRow row : table.each()) { // one pass: a streamed file's rows are not held
                if (skippable(row, unitCol, indicatorCol, num, den, rate, onTime == null ? null : onTime.onTime)) {
                    continue;
                }
                int before = cells.problemCount();
                Unit unit = cells.unit(row, unitCol);
                Period p = cells.period(row, periodCol, defaultPeriod);
                Indicator indicator = cells.indicator(row, indicatorCol);
                Integer proc = null;
                if (procedures != null && !blank(row, procedures)) {
                    Long n = cells.count(row, procedures);
                    proc = n == null ? null : (int) Math.min(Integer.MAX_VALUE, n);
                }
                boolean hasCounts = num != null && !(NumberReader.isNotAvailable(row.get(num))
                        && NumberReader.isNotAvailable(row.get(den)));
                Long b = null;
                Long a = null;
                BigDecimal r = null;
                boolean ok = true;
                if (hasCounts) {
                    b = cells.count(row, num);
                    a = cells.count(row, den);
                    ok = b != null && a != null;
                }
                OnTimeDetail detail = null;
                if (onTime != null && onTime.given(row)) {
                    detail = onTime.read(row, cells);
                    ok &= detail != null;
                    if (detail != null && indicator != null && !indicator.code().equals(ON_TIME_RATE_CODE)) {
                        cells.add(row.problem(onTime.onTime, "the on-time columns (received, resolved, onTime, late) "
                                + "belong to " + ON_TIME_RATE_CODE + ", not to " + indicator.code()));
                        ok = false;
                    } else if (detail != null && indicator != null && !hasCounts) {
                        b = detail.onTime();
                        a = detail.onTime() + detail.late();
                        hasCounts = true;
                    } else if (detail != null && ok && (b != detail.onTime() || a != detail.onTime() + detail.late())) {
                        cells.add(row.problem(num, "numerator / denominator must be onTime / (onTime + late) = "
                                + detail.onTime() + " / " + (detail.onTime() + detail.late())));
                        ok = false;
                    }
                }
                if (rate != null && !blank(row, rate)) {
                    r = cells.value(row, rate, indicator, RATE_NOUN);
                    ok &= r != null || NumberReader.isNotAvailable(row.get(rate));
                    if (ok && hasCounts && r != null) {
                        BigDecimal computed = new Ratio(b, a).percentValue().orElse(null);
                        if (computed == null || computed.subtract(r).abs().compareTo(TOLERANCE) > 0) {
                            cells.add(row.problem(rate, "the rate does not match numerator / denominator = "
                                    + (computed == null ? "not available" : computed.stripTrailingZeros().toPlainString())
                                    + "; give counts or a rate, not both"));
                            ok = false;
                        }
                        r = null;
                    }
                }
                if (!ok || cells.problemCount() > before) {
                    continue;
                }
                add(row, new Result(unit.code(), indicator.code(), p, b, a, r, proc, detail));
            }
            cells.refuseIfAnyProblem();
        }

        /**
         * The header as printed in seed 003: {@code ĐÚNG HẠN} and {@code TRỄ HẠN} over a second row of
         * {@code SL | TL (%)}. Returns the on-time column when the table has that shape (its first row
         * with a cell under ĐÚNG HẠN reads {@code SL}), else null. The on-time rate is the unnamed
         * column right after ĐÚNG HẠN; the late rate's column has no name of its own and is not read.
         */
        private String printedTwoRowHeader() {
            if (table.columnAny(ON_TIME).isPresent() || table.columnAny(LATE).isPresent()) {
                return null;
            }
            Optional<String> onTime = table.column("đúng hạn");
            if (onTime.isEmpty() || table.column("trễ hạn").isEmpty()) {
                return null;
            }
            for (TableRow row : table.rows()) {
                String cell = row.get(onTime.get());
                if (cell != null) {
                    return isSubHeader(cell) ? onTime.get() : null;
                }
            }
            return null;
        }

        private boolean isSubHeader(String cell) {
            return cell != null && Table.key(cell).equals("sl");
        }

        private String require(String[] names, String label, List<String> missing) {
            Optional<String> c = table.columnAny(names);
            if (c.isEmpty()) {
                missing.add(label);
            }
            return c.orElse(null);
        }

        private String periodColumn(List<String> missing) {
            Optional<String> c = table.columnAny(PERIOD);
            if (c.isEmpty() && defaultPeriod == null) {
                missing.add("period (or give the period of the whole file, e.g. --period 2018-Q1)");
            }
            return c.orElse(null);
        }

        /** Blank rows, repeated header rows and section rows carry no result. */
        private boolean skippable(TableRow row, String unitCol, String... valueCols) {
            boolean valuesBlank = true;
            for (String c : valueCols) {
                if (c != null && !blank(row, c)) {
                    valuesBlank = false;
                }
            }
            String name = row.get(unitCol);
            if (name == null) {
                return valuesBlank;
            }
            // the name's key only when its first letter may start the header's or a totals word: most names cannot
            char first = firstFolded(name);
            String header = unitKey(unitCol);
            boolean nearHeader = Math.abs(name.length() - unitCol.length()) <= 3
                    && (first == 0 || !header.isEmpty() && first == header.charAt(0));
            boolean totals = name.length() <= 10 && (first == 0 || TOTALS_FIRST.indexOf(first) >= 0);
            if (nearHeader || totals) {
                String key = Table.key(name);
                if (nearHeader && key.equals(header)) {
                    return true;
                }
                if (totals && TOTALS.contains(key)) {
                    return true;
                }
            }
            return valuesBlank && SECTION.matcher(name).matches();
        }

        /**
         * The first character of {@code name}'s key ({@link Table#key}: its first letter or digit, lower
         * case) when that is ASCII; 0 when a character that is not ASCII comes first (only folding says
         * what it becomes); 1 when the name has no letter or digit at all (its key is empty).
         */
        private static char firstFolded(String name) {
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c >= 128) {
                    return 0;
                }
                if (Character.isLetterOrDigit(c)) {
                    return Character.toLowerCase(c);
                }
            }
            return 1;
        }

        private String unitKey(String unitCol) {
            if (!unitCol.equals(unitHeader)) {
                unitHeader = unitCol;
                unitHeaderKey = Table.key(unitCol);
            }
            return unitHeaderKey;
        }

        private boolean blank(TableRow row, String column) {
            return row.get(column) == null;
        }

        private void add(TableRow row, Result result) {
            int first = sink.accept(row.line(), result);
            if (first >= 0) {
                cells.add(row.problem("duplicate result for " + result.unit() + ", " + result.indicator() + ", "
                        + result.period() + " (first on line " + first + ")"));
            }
        }
    }
}
