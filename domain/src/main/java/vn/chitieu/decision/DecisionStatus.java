package vn.chitieu.decision;

/** DRAFT → ISSUED (→ AMENDED / SUPERSEDED by a later decision). Only a draft can be edited. */
public enum DecisionStatus {
    DRAFT,
    ISSUED,
    AMENDED,
    SUPERSEDED;

    public boolean isEditable() {
        return this == DRAFT;
    }
}
