package vn.chitieu.persistence.jdbi;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.port.out.AuditLog;

/** The audit log in PostgreSQL (append-only: a trigger refuses UPDATE and DELETE). */
public final class JdbiAuditLog implements AuditLog {

    private final Jdbi jdbi;
    private final StorageMapper mapper;

    JdbiAuditLog(Jdbi jdbi, StorageMapper mapper) {
        this.jdbi = jdbi;
        this.mapper = mapper;
    }

    @Override
    public List<AuditEntry> all() {
        return jdbi.withExtension(AuditDao.class, AuditDao::all).stream().map(mapper::toEntry).toList();
    }

    @Override
    public List<AuditEntry> since(Instant since) {
        return jdbi.withExtension(AuditDao.class, dao -> dao.since(since)).stream().map(mapper::toEntry).toList();
    }
}
