package vn.chitieu.application.export;

/** What {@link Export} writes out of storage: one kind of input file. */
public enum ExportKind {
    UNITS,
    TARGETS,
    RESULTS
}
