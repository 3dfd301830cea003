package vn.chitieu.application.approval;

import java.util.List;
import java.util.Objects;
import vn.chitieu.access.AccessDeniedException;
import vn.chitieu.access.Caller;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.common.NotFoundException;
import vn.chitieu.port.out.Storage;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: re-open approved results ({@code reopen --unit U --period P --reason TEXT},
 * {@code DELETE /api/v1/approvals/{unit}/{period}}). A reason is required. Only a unit above U (an
 * EDITOR or ADMIN token whose scope strictly contains U) or an ADMIN may re-open: the unit that
 * approved (a token scoped to U) cannot lift its own lock. The lock of exactly (U, P) is removed
 * (locks of units below U or periods inside P stay); audited as {@code PERIOD_REOPENED} with the
 * lock as it was and the reason.
 */
public final class ReopenPeriod {

    private final Storage storage;

    public ReopenPeriod(Storage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    public PeriodLock reopen(ApprovalCommand command) {
        UnitTree tree = storage.units().tree();
        Caller caller = command.caller();
        if (caller != null) {
            caller.requireWriter();
        }
        UnitCode unit = ApprovalUnits.resolve(tree, caller, command.unit());
        if (caller != null && !caller.isAdmin()) {
            caller.requireWrite(tree, unit);
            if (unit.equals(caller.scope())) {
                throw new AccessDeniedException(caller.tokenId() + " may not re-open the approval of its own unit '"
                        + unit + "': a unit above it or an ADMIN re-opens it");
            }
        }
        if (command.reason() == null) {
            throw new InvalidInputException(InputProblem.at(null, 0, "reason", "",
                    "re-opening approved results needs a reason"));
        }
        return storage.inTransaction(tx -> {
            PeriodLock lock = tx.periodLocksForUpdate().stream().filter(l -> l.isOf(unit, command.period())).findFirst()
                    .orElseThrow(() -> new NotFoundException("the results of " + unit + " for " + command.period()
                            + " are not approved: there is no approval to re-open"));
            tx.deletePeriodLock(unit, command.period());
            tx.audit(command.actor(), List.of(new PendingAudit(AuditAction.PERIOD_REOPENED,
                    PeriodLock.subject(unit, command.period()), lock.auditValue(), null, command.reason())));
            return lock;
        });
    }
}
