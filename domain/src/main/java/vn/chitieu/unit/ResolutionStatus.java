package vn.chitieu.unit;

/** The answer of the name resolver: one unit, several, or none. */
public enum ResolutionStatus {
    MATCHED,
    AMBIGUOUS,
    UNKNOWN
}
