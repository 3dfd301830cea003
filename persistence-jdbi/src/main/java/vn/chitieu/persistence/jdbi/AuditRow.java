package vn.chitieu.persistence.jdbi;

import java.time.Instant;

/** A row of {@code audit_log}. */
public record AuditRow(Instant at, String actor, String action, String subject, String oldValue, String newValue,
        String reason) {
}
