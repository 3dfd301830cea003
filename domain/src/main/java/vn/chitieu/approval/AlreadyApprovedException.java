package vn.chitieu.approval;

import vn.chitieu.common.DomainRefusal;

/** Approving results that an approval already locks: refused (CLI exit 1, HTTP 409), naming that approval. */
public class AlreadyApprovedException extends DomainRefusal {

    private static final long serialVersionUID = 1L;

    public AlreadyApprovedException(String what, PeriodLock existing) {
        super(what + " are already locked by the approval of " + existing.describe());
    }

    @Override
    public String code() {
        return "ALREADY_APPROVED";
    }
}
