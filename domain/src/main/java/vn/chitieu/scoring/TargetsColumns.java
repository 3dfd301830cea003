package vn.chitieu.scoring;

import java.util.Arrays;
import java.util.List;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.result.ResultsColumns;

/**
 * The column contract of targets files (contracts.md): {@code unit,indicator,period,target[,reason]}
 * (read under Vietnamese headers too: {@code Đơn vị, Chỉ tiêu, Kỳ, Chỉ tiêu giao, Lý do}),
 * which {@link TargetsTableReader} reads; {@code export targets} writes them followed by the
 * decision that holds the target (its number, or its id while a draft has none) and its status,
 * two columns the reader ignores, so that an export reads back as the same targets.
 */
public final class TargetsColumns {

    public static final String UNIT = "unit";
    public static final String INDICATOR = "indicator";
    public static final String PERIOD = "period";
    public static final String TARGET = "target";
    public static final String REASON = "reason";
    /** The names the target column is read under: the written one, then as Vietnamese tables head it. */
    public static final String[] TARGET_NAMES = {TARGET, "chỉ tiêu giao", "chỉ tiêu giao (%)", "mức giao", "mục tiêu"};
    /** The names the reason column is read under. */
    public static final String[] REASON_NAMES = {REASON, "lý do", "lý do điều chỉnh"};
    /** Written by the export, not read: the decision's number, or its id. */
    public static final String DECISION = "decision";
    /** Written by the export, not read: the decision's status (DRAFT, ISSUED). */
    public static final String STATUS = "status";

    /** The columns {@code export targets} writes, in order. */
    public static final List<ReportColumn> WRITTEN = List.of(text(UNIT), text(INDICATOR), text(PERIOD),
            new ReportColumn(TARGET, TARGET, TARGET, ColumnType.DECIMAL), text(REASON), text(DECISION), text(STATUS));

    private TargetsColumns() {
    }

    /** The cells of {@code a}, a target of {@code d}, under {@link #WRITTEN}; null for an empty cell. */
    public static List<Object> cells(Decision d, Assignment a) {
        return Arrays.asList(a.unit().value(), a.indicator().value(), a.period().toString(),
                ResultsColumns.plain(a.target()), a.reason(), d.number().orElse(d.id().toString()), d.status().name());
    }

    private static ReportColumn text(String name) {
        return new ReportColumn(name, name, name, ColumnType.TEXT);
    }
}
