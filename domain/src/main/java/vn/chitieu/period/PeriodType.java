package vn.chitieu.period;

/** The length of a reporting period. */
public enum PeriodType {
    YEAR,
    HALF,
    QUARTER,
    MONTH
}
