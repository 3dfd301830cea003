package vn.chitieu.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the append-only audit log: who changed what, when, the value before and after
 * (null for a creation or a removal), and why. {@code subject} names the thing changed, e.g.
 * {@code unit/so-y-te} or {@code decision/<id>/ONLINE_RATE/so-y-te/2022}; values are rendered by
 * {@link AuditValues} so that every storage writes the same text.
 */
public record AuditEntry(Instant at, Actor actor, AuditAction action, String subject, String oldValue,
        String newValue, String reason) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("an audit entry names what changed");
        }
        if (reason != null && reason.isBlank()) {
            reason = null;
        }
    }
}
