package vn.chitieu.decision;

import vn.chitieu.common.DomainRefusal;

/** An issued (or superseded) decision is never edited in place: amend it with a new decision. */
public class DecisionNotEditableException extends DomainRefusal {

    private static final long serialVersionUID = 1L;

    public DecisionNotEditableException(DecisionId id, DecisionStatus status) {
        super("decision " + id + " is " + status + " and cannot be edited; issue an amending decision instead");
    }

    @Override
    public String code() {
        return "DECISION_NOT_EDITABLE";
    }
}
