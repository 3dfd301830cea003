package vn.chitieu.report;

/** How a report column's values are printed. */
public enum ColumnType {
    /** Free text, left aligned. */
    TEXT,
    /** Whole counts: {@code 38.122} in Vietnamese, {@code 38,122} in English. */
    COUNT,
    /**
     * A percentage in percent units, printed bare under a header that says {@code (%)} ({@link ReportColumn}):
     * {@code 99,96} in Vietnamese, {@code 99.96} in English.
     */
    PERCENT,
    /** A plain decimal (points, weights). */
    DECIMAL,
    /**
     * Whether a target is met: a Boolean printed {@code Đạt} / {@code Không đạt} ({@code Met} /
     * {@code Not met}); a Boolean in any other column reads {@code Có} / {@code Không} ({@code Yes} / {@code No}).
     */
    MET
}
