package vn.chitieu.port.out;

/** What an import batch loaded. */
public enum ImportKind {
    UNITS,
    TARGETS,
    RESULTS,
    PROCEDURES,
    DOSSIERS
}
