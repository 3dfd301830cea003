package vn.chitieu.cli;

/** What {@code import} and {@code export} move in and out of storage. */
public enum StoredKind {
    UNITS,
    TARGETS,
    RESULTS
}
