package vn.chitieu.application.approval;

import java.util.List;
import java.util.Objects;
import vn.chitieu.approval.AlreadyApprovedException;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.port.out.Storage;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: approve the results of a unit for a period ({@code approve --unit U --period P},
 * {@code PUT /api/v1/approvals/{unit}/{period}}). The caller writes U's results (an EDITOR or ADMIN
 * whose subtree holds U). From then on the results of U's subtree for P, and for every period inside
 * P, are locked. Approving what an approval already locks (the same one, or one of a unit above or
 * a period around it) is refused, naming it; approving above or around a lock (the province after
 * its districts, the year after its quarters) is how approval climbs. Audited as {@code PERIOD_APPROVED}.
 */
public final class ApprovePeriod {

    private final Storage storage;

    public ApprovePeriod(Storage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    public PeriodLock approve(ApprovalCommand command) {
        UnitTree tree = storage.units().tree();
        UnitCode unit = ApprovalUnits.resolve(tree, command.caller(), command.unit());
        if (command.caller() != null) {
            command.caller().requireWrite(tree, unit);
        }
        return storage.inTransaction(tx -> {
            for (PeriodLock existing : tx.periodLocksForUpdate()) {
                if (existing.covers(tree, unit, command.period())) {
                    throw new AlreadyApprovedException("the results of " + unit + " for " + command.period(), existing);
                }
            }
            PeriodLock lock = tx.insertPeriodLock(unit, command.period(), command.actor(), command.reason());
            tx.audit(command.actor(), List.of(new PendingAudit(AuditAction.PERIOD_APPROVED,
                    PeriodLock.subject(unit, command.period()), null, lock.auditValue(), command.reason())));
            return lock;
        });
    }
}
