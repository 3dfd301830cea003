package vn.chitieu.result;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.ReportColumn;

/**
 * The column contract of results files (contracts.md), for reading and for writing: the names
 * {@link ResultsTableReader} accepts and the columns {@code export results} writes, so that an
 * export reads back as the same results.
 * <ul>
 * <li>long form: {@code unit,indicator,period,numerator,denominator,rate,procedures}, followed by
 * the on-time columns {@code received,resolved,onTime,late,onTimeRate,lateRate}, empty on a row
 * without an {@link OnTimeDetail} (a result read from the wide form keeps them, and with them the
 * checks of domain.md §6: CARRY_OVER, INCONSISTENT_COUNTS, STATED_RATE_DIFFERS);</li>
 * <li>wide on-time form (seed 003): {@code unit,period,received,resolved,onTime,late[,onTimeRate,lateRate]},
 * or the seed's Vietnamese headers ({@link #WIDE_HEADER_VI}); it has no indicator column.</li>
 * </ul>
 * Each array lists the names a column goes by, the written name first.
 */
public final class ResultsColumns {

    /** The one-row header of the wide form as the seed prints it. */
    public static final String WIDE_HEADER_VI =
            "Tên cơ quan;Số lượng tiếp nhận;Đã giải quyết;Đúng hạn SL;Đúng hạn TL (%);Trễ hạn SL;Trễ hạn TL (%)";

    static final String[] UNIT = CellReader.UNIT;
    static final String[] INDICATOR = CellReader.INDICATOR;
    static final String[] PERIOD = CellReader.PERIOD;
    static final String[] NUMERATOR = {"numerator", "tử số"};
    static final String[] DENOMINATOR = {"denominator", "mẫu số"};
    static final String[] RATE = {"rate", "value", "tỷ lệ", "tỉ lệ", "tỷ lệ (%)"};
    static final String[] PROCEDURES = {"procedures", "số TTHC", "số thủ tục"};
    static final String[] RECEIVED = {"received", "số lượng tiếp nhận", "tiếp nhận", "số hồ sơ tiếp nhận"};
    static final String[] RESOLVED = {"resolved", "đã giải quyết", "giải quyết", "số hồ sơ đã giải quyết"};
    static final String[] ON_TIME = {"onTime", "đúng hạn SL", "số hồ sơ đúng hạn", "đúng hạn số lượng"};
    static final String[] ON_TIME_RATE = {"onTimeRate", "đúng hạn TL (%)", "đúng hạn tỷ lệ", "tỷ lệ đúng hạn"};
    static final String[] LATE = {"late", "trễ hạn SL", "số hồ sơ trễ hạn", "trễ hạn số lượng"};
    static final String[] LATE_RATE = {"lateRate", "trễ hạn TL (%)", "trễ hạn tỷ lệ", "tỷ lệ trễ hạn"};

    /** The columns {@code export results} writes, in order: the long form, then the on-time columns. */
    public static final List<ReportColumn> WRITTEN = List.of(
            text(UNIT), text(INDICATOR), text(PERIOD),
            column(NUMERATOR, ColumnType.COUNT), column(DENOMINATOR, ColumnType.COUNT),
            column(RATE, ColumnType.DECIMAL), column(PROCEDURES, ColumnType.COUNT),
            column(RECEIVED, ColumnType.COUNT), column(RESOLVED, ColumnType.COUNT),
            column(ON_TIME, ColumnType.COUNT), column(LATE, ColumnType.COUNT),
            column(ON_TIME_RATE, ColumnType.DECIMAL), column(LATE_RATE, ColumnType.DECIMAL));

    private ResultsColumns() {
    }

    /** The cells of {@code r} under {@link #WRITTEN}: codes, plain numbers, null for an empty cell. */
    public static List<Object> cells(Result r) {
        OnTimeDetail d = r.detail();
        return Arrays.asList(r.unit().value(), r.indicator().value(), r.period().toString(), r.numerator(),
                r.denominator(), plain(r.rate()), r.procedures() == null ? null : r.procedures().longValue(),
                d == null ? null : d.received(), d == null ? null : d.resolved(), d == null ? null : d.onTime(),
                d == null ? null : d.late(), d == null ? null : plain(d.statedOnTimeRate()),
                d == null ? null : plain(d.statedLateRate()));
    }

    /** {@code value} without trailing zeros and never in exponent form ({@code 95.70} → {@code 95.7}, {@code 1E+2} → {@code 100}). */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static ReportColumn text(String[] names) {
        return column(names, ColumnType.TEXT);
    }

    private static ReportColumn column(String[] names, ColumnType type) {
        return new ReportColumn(names[0], names[0], names[0], type);
    }
}
