package vn.chitieu.persistence.jdbi;

import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The PostgreSQL implementation of the storage ports, over one {@link DataSource} (a HikariCP
 * pool in production). The schema is Flyway's ({@code db/migration}); see
 * {@code vn.chitieu.persistence.embedded.Database} for starting and migrating one.
 */
public final class JdbiStorage {

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

    public JdbiUnits units() {
        return new JdbiUnits(jdbi, mapper);
    }

    public JdbiDecisions decisions() {
        return new JdbiDecisions(jdbi, mapper);
    }

    public JdbiResults results() {
        return new JdbiResults(jdbi, mapper);
    }

    public JdbiAuditLog auditLog() {
        return new JdbiAuditLog(jdbi, mapper);
    }

    public JdbiAccessTokens accessTokens() {
        return new JdbiAccessTokens(jdbi);
    }

    public JdbiImportBatches importBatches() {
        return new JdbiImportBatches(jdbi, mapper);
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
