package vn.chitieu.decision;

import vn.chitieu.common.DomainRefusal;

/** No decision is stored under this id. */
public class DecisionNotFoundException extends DomainRefusal {

    private static final long serialVersionUID = 1L;

    public DecisionNotFoundException(DecisionId id) {
        super("no decision " + id);
    }

    @Override
    public String code() {
        return "DECISION_NOT_FOUND";
    }
}
