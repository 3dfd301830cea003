package vn.chitieu.persistence.jdbi;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import vn.chitieu.port.out.Storage;
import vn.chitieu.port.out.StorageTransaction;

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

    @Override
    public JdbiUnits units() {
        return new JdbiUnits(jdbi, mapper);
    }

    @Override
    public JdbiDecisions decisions() {
        return new JdbiDecisions(jdbi, mapper);
    }

    @Override
    public JdbiResults results() {
        return new JdbiResults(jdbi, mapper);
    }

    @Override
    public JdbiAuditLog auditLog() {
        return new JdbiAuditLog(jdbi, mapper);
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
    public JdbiImportBatches importBatches() {
        return new JdbiImportBatches(jdbi, mapper);
    }

    @Override
    public <T> T inTransaction(Function<StorageTransaction, T> work) {
        return jdbi.inTransaction(h -> work.apply(new JdbiTransaction(h, mapper, decisions(), results())));
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
