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
}
