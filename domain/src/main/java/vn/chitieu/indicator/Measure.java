package vn.chitieu.indicator;

/** What an indicator measures: a ratio b/a shown in percent, or a plain count. */
public enum Measure {
    RATIO,
    COUNT
}
