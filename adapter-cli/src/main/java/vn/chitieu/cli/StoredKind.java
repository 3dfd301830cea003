package vn.chitieu.cli;

/** What {@code import} and {@code export} move in and out of storage. */
public enum StoredKind {
    UNITS,
    TARGETS,
    RESULTS,
    /** Legal minimums ({@code source,indicator,kind,minimum}); import only. */
    MINIMUMS,
    PROCEDURES,
    DOSSIERS,
    /** The lineage of units ({@code from,to,share,date}, domain.md §10); import only. */
    LINEAGE
}
