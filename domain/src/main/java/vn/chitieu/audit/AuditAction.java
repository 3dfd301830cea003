package vn.chitieu.audit;

/** What kind of change an audit entry records. */
public enum AuditAction {
    UNIT_ADDED,
    UNIT_CHANGED,
    DECISION_CREATED,
    DECISION_CHANGED,
    TARGET_SET,
    TARGET_CHANGED,
    TARGET_REMOVED,
    RESULT_CHANGED,
    RESULTS_IMPORTED,
    TOKEN_ISSUED,
    TOKEN_REVOKED,
    /** A legal minimum stored or changed ({@code minimum/SOURCE/INDICATOR/KIND}). */
    MINIMUM_SET,
    PERIOD_APPROVED,
    PERIOD_REOPENED,
    /** A lineage link (from, to, date) stored or its share changed (domain.md §10). */
    LINEAGE_SET,
    /** A stored lineage link replaced by an import that gives its unit other links. */
    LINEAGE_REMOVED,
    /** A procedures file imported ({@code import/FILE}): inserted, updated, unchanged. */
    PROCEDURES_IMPORTED,
    /** A dossiers file imported ({@code import/FILE}): inserted, updated, unchanged. */
    DOSSIERS_IMPORTED
}
