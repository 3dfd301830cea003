package vn.chitieu.persistence.jdbi;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import vn.chitieu.audit.PendingAudit;

/** SQL of the append-only audit log and of the import batches. */
@RegisterConstructorMapper(AuditRow.class)
@RegisterConstructorMapper(ImportBatchRow.class)
public interface AuditDao {

    String SELECT = "SELECT at, actor, action, subject, old_value, new_value, reason FROM audit_log";

    @SqlQuery(SELECT + " ORDER BY id")
    List<AuditRow> all();

    @SqlQuery(SELECT + " WHERE at >= :since ORDER BY id")
    List<AuditRow> since(@Bind("since") Instant since);

    @SqlQuery(SELECT + " ORDER BY id OFFSET :offset LIMIT :limit")
    List<AuditRow> page(@Bind("offset") long offset, @Bind("limit") int limit);

    @SqlQuery(SELECT + " WHERE at >= :since ORDER BY id OFFSET :offset LIMIT :limit")
    List<AuditRow> pageSince(@Bind("since") Instant since, @Bind("offset") long offset, @Bind("limit") int limit);

    @SqlQuery("SELECT count(*) FROM audit_log")
    long count();

    @SqlQuery("SELECT count(*) FROM audit_log WHERE at >= :since")
    long countSince(@Bind("since") Instant since);

    /** Written in the caller's transaction: the time is the transaction's, like the change's. */
    @SqlBatch("""
            INSERT INTO audit_log (actor, action, subject, old_value, new_value, reason)
            VALUES (:actor, :action, :subject, :oldValue, :newValue, :reason)
            """)
    void insert(@Bind("actor") String actor, @BindMethods List<PendingAudit> entries);

    @SqlQuery("""
            INSERT INTO import_batches (kind, source, actor, inserted, updated, unchanged)
            VALUES (:kind, :source, :actor, :inserted, :updated, :unchanged)
            RETURNING id
            """)
    long insertBatch(@Bind("kind") String kind, @Bind("source") String source, @Bind("actor") String actor,
            @Bind("inserted") long inserted, @Bind("updated") long updated, @Bind("unchanged") long unchanged);

    @SqlQuery("SELECT id, kind, source, actor, imported_at, inserted, updated, unchanged FROM import_batches ORDER BY id")
    List<ImportBatchRow> batches();
}
