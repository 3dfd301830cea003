package vn.chitieu.persistence.jdbi;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.port.out.AuditLog;
import vn.chitieu.port.out.ImportBatches;
import vn.chitieu.port.out.Storage;
import vn.chitieu.port.out.StorageTransaction;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * The PostgreSQL implementation of the storage ports, over one {@link DataSource} (a HikariCP
 * pool in production). The schema is Flyway's ({@code db/migration}); see
 * {@code vn.chitieu.persistence.embedded.Database} for starting and migrating one.
 */
public final class JdbiStorage implements Storage {

    private final Jdbi jdbi;
    private final StorageMapper mapper = StorageMapper.INSTANCE;

    public JdbiStorage(DataSource dataSource) {
        this.jdbi = Jdbi.create(dataSource);
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.installPlugin(new PostgresPlugin());
        jdbi.registerArgument(new StorableNumbers());
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The unit registry in PostgreSQL. */
    @Override
    public Units units() {
        return new Units() {
            @Override
            public UnitTree tree() {
                return UnitTree.of(jdbi.withExtension(UnitDao.class, UnitDao::all).stream().map(mapper::toUnit).toList());
            }

            @Override
            public Optional<Unit> find(UnitCode code) {
                return jdbi.withExtension(UnitDao.class, dao -> dao.find(code.value())).map(mapper::toUnit);
            }
        };
    }

    @Override
    public JdbiDecisions decisions() {
        return new JdbiDecisions(jdbi, mapper);
    }

    @Override
    public JdbiResults results() {
        return new JdbiResults(jdbi, mapper);
    }

    /** The audit log in PostgreSQL (append-only: a trigger refuses UPDATE and DELETE). */
    @Override
    public AuditLog auditLog() {
        return new AuditLog() {
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
        };
    }

    @Override
    public JdbiAccessTokens accessTokens() {
        return new JdbiAccessTokens(jdbi);
    }

    @Override
    public JdbiApprovals approvals() {
        return new JdbiApprovals(jdbi);
    }

    @Override
    public JdbiLegalMinimums minimums() {
        return new JdbiLegalMinimums(jdbi);
    }

    @Override
    public JdbiLineages lineages() {
        return new JdbiLineages(jdbi);
    }

    @Override
    public JdbiDossiers dossiers() {
        return new JdbiDossiers(jdbi);
    }

    @Override
    public ImportBatches importBatches() {
        return () -> jdbi.withExtension(AuditDao.class, AuditDao::batches).stream().map(mapper::toBatch).toList();
    }

    /**
     * PostgreSQL's current snapshot ({@code xmin:xmax:xip,…}): a transaction that writes takes a
     * transaction id, which moves {@code xmax} on, and is listed in progress until it ends, so the
     * text changes with every write that commits, of this process or of any other, and never comes
     * back; reads take no id and leave it as it is. One short query, no table.
     */
    @Override
    public vn.chitieu.port.out.DataVersion version() {
        return () -> jdbi.withHandle(h -> h.createQuery("SELECT pg_current_snapshot()::text").mapTo(String.class).one());
    }

    @Override
    public <T> T inTransaction(Function<StorageTransaction, T> work) {
        return jdbi.inTransaction(h -> {
            JdbiTransaction tx = new JdbiTransaction(h, mapper, decisions(), results());
            try {
                T done = work.apply(tx);
                tx.endWrites();
                return done;
            } catch (RuntimeException | Error e) {
                tx.abandonWrites();
                throw e;
            }
        });
    }

    /** The SQLSTATE of the database error behind {@code e}, if there is one. */
    static Optional<String> sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return Optional.of(s.getSQLState());
            }
        }
        return Optional.empty();
    }
}
