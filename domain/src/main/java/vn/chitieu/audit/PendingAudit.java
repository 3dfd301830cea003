package vn.chitieu.audit;

/** An audit entry about to be written with the change it records; storage adds the time. */
public record PendingAudit(AuditAction action, String subject, String oldValue, String newValue, String reason) {

    public AuditEntry at(java.time.Instant at, Actor actor) {
        return new AuditEntry(at, actor, action, subject, oldValue, newValue, reason);
    }
}
