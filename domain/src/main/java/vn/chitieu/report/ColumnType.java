package vn.chitieu.report;

/** How a report column's values are printed. */
public enum ColumnType {
    /** Free text, left aligned. */
    TEXT,
    /** Whole counts: {@code 38.122} in Vietnamese, {@code 38,122} in English. */
    COUNT,
    /** A percentage in percent units: {@code 99,96%} in Vietnamese, {@code 99.96%} in English; null prints as not available. */
    PERCENT,
    /** A plain decimal (points, weights). */
    DECIMAL
}
