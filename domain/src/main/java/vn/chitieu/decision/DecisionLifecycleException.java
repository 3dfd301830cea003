package vn.chitieu.decision;

import vn.chitieu.common.DomainRefusal;

/** A lifecycle step the decision's status does not allow (amending a draft, withdrawing an issued decision…). */
public class DecisionLifecycleException extends DomainRefusal {

    private static final long serialVersionUID = 1L;

    public DecisionLifecycleException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "DECISION_LIFECYCLE";
    }
}
