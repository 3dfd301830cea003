package vn.chitieu.approval;

import java.util.List;
import java.util.stream.Collectors;
import vn.chitieu.common.DomainRefusal;

/**
 * A write into approved results: the results of a locked (unit, period) are refused as a whole,
 * naming each lock that holds them (unit, period, who approved, when). CLI exit 1, HTTP 409.
 */
public class PeriodLockedException extends DomainRefusal {

    private static final long serialVersionUID = 1L;

    public PeriodLockedException(String what, List<PeriodLock> locks) {
        super(what + " locked by the approval of " + locks.stream().map(PeriodLock::describe)
                .collect(Collectors.joining(", ")) + "; nothing was written (a higher unit or an ADMIN can re-open it)");
    }

    @Override
    public String code() {
        return "PERIOD_LOCKED";
    }
}
