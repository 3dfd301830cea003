package vn.chitieu.persistence.memory;

import java.time.Instant;
import java.util.List;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.port.out.AuditLog;

/** The audit log in memory. */
public final class InMemoryAuditLog implements AuditLog {

    private final InMemoryStorage store;

    InMemoryAuditLog(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public List<AuditEntry> all() {
        synchronized (store.lock) {
            return List.copyOf(store.audit);
        }
    }

    @Override
    public List<AuditEntry> since(Instant since) {
        synchronized (store.lock) {
            return store.audit.stream().filter(e -> !e.at().isBefore(since)).toList();
        }
    }

    @Override
    public List<AuditEntry> page(Instant since, long offset, int limit) {
        AuditLog.requirePage(offset, limit);
        synchronized (store.lock) {
            return store.audit.stream().filter(e -> since == null || !e.at().isBefore(since)).skip(offset).limit(limit)
                    .toList();
        }
    }

    @Override
    public long count(Instant since) {
        synchronized (store.lock) {
            return since == null ? store.audit.size() : store.audit.stream().filter(e -> !e.at().isBefore(since)).count();
        }
    }
}
