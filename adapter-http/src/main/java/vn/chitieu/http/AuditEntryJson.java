package vn.chitieu.http;

import java.time.Instant;

/** Who changed what, when, the value before and after, and why. */
public record AuditEntryJson(Instant at, String actor, String action, String subject, String oldValue, String newValue,
        String reason) {
}
