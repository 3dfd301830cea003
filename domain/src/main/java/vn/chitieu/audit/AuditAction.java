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
    /** A procedures file imported ({@code import/FILE}): inserted, updated, unchanged. */
    PROCEDURES_IMPORTED,
    /** A dossiers file imported ({@code import/FILE}): inserted, updated, unchanged. */
    DOSSIERS_IMPORTED
}
