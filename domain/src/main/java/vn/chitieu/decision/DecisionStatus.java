package vn.chitieu.decision;

/**
 * DRAFT → ISSUED (→ AMENDED / SUPERSEDED when a later decision that amends or supersedes it is
 * issued); DRAFT → WITHDRAWN (a draft given up: kept, with its audit trail, never issued). Only a
 * draft can be edited.
 */
public enum DecisionStatus {
    DRAFT,
    ISSUED,
    AMENDED,
    SUPERSEDED,
    WITHDRAWN;

    public boolean isEditable() {
        return this == DRAFT;
    }

    /** True for a decision that was issued (and may since have been amended or superseded). */
    public boolean wasIssued() {
        return this == ISSUED || this == AMENDED || this == SUPERSEDED;
    }
}
