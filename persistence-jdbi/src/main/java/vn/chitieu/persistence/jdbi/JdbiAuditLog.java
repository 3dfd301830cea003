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

    /** {@code OFFSET … LIMIT …} in SQL: a page of a log of millions of rows reads that page only. */
    @Override
    public List<AuditEntry> page(Instant since, long offset, int limit) {
        AuditLog.requirePage(offset, limit);
        return jdbi.withExtension(AuditDao.class, dao -> since == null ? dao.page(offset, limit)
                : dao.pageSince(since, offset, limit)).stream().map(mapper::toEntry).toList();
    }

    @Override
    public long count(Instant since) {
        return jdbi.withExtension(AuditDao.class, dao -> since == null ? dao.count() : dao.countSince(since));
    }
}
