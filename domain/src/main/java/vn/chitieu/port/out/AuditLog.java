package vn.chitieu.port.out;

import java.time.Instant;
import java.util.List;
import vn.chitieu.audit.AuditEntry;

/**
 * The append-only log of changes, oldest first. Entries are written by the storage ports in the
 * same transaction as the change they record: a change that was not committed has no entry, and
 * a committed change always has one.
 */
public interface AuditLog {

    List<AuditEntry> all();

    /** Entries at or after {@code since}. */
    List<AuditEntry> since(Instant since);
}
