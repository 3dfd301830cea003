package vn.chitieu.allocation;

import java.util.Objects;
import vn.chitieu.indicator.IndicatorCode;

/**
 * A column of an appendix table as printed: what it holds, the indicator of a target or baseline
 * column, and its header as printed (a two-line header joined: "Thực hiện trong năm 2023: Giao chỉ
 * tiêu"). The report prints the table back with these columns, in this order.
 */
public record AppendixColumn(Role role, IndicatorCode indicator, String header) {

    /** What a column holds. */
    public enum Role {
        /** STT / TT / Số TT. */
        NUMBER,
        /** The unit the line is for (seeds 000, 002). */
        UNIT,
        /** The task or indicator text (seed 001's "Tên nhiệm vụ"). */
        TASK,
        /** Đơn vị chủ trì: in seed 001 the assignee, a unit or a group of kinds. */
        LEAD,
        /** Cơ quan, đơn vị phối hợp. */
        COORDINATING,
        /** Đơn vị tính. */
        UNIT_OF_MEASURE,
        /** Số lượng TTHC…: eligible procedures. */
        PROCEDURES,
        /** Last year's value of {@link #indicator}. */
        BASELINE,
        /** The target; of {@link #indicator} in a table of units, of the row's own indicator in a table of tasks. */
        TARGET,
        /** Căn cứ thực hiện. */
        LEGAL_BASIS,
        /** Anything else: kept, not read. */
        OTHER
    }

    public AppendixColumn {
        Objects.requireNonNull(role, "role");
        header = header == null ? "" : header;
    }
}
