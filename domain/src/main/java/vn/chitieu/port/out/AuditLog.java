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

    /**
     * One page of the log, oldest first: at most {@code limit} entries at or after {@code since}
     * (every entry when null), skipping the first {@code offset}. Storage reads only that page,
     * whatever the size of the log.
     *
     * @throws IllegalArgumentException when {@code offset} is negative or {@code limit} is not positive
     */
    List<AuditEntry> page(Instant since, long offset, int limit);

    /** How many entries are at or after {@code since} (all of them when null). */
    long count(Instant since);

    /** The check every implementation makes of {@link #page}'s arguments. */
    static void requirePage(long offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset cannot be negative: " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
    }
}
