package vn.chitieu.persistence.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import vn.chitieu.persistence.jdbi.JdbiStorage;

/**
 * The PostgreSQL database chitieu stores into, with its connection pool and schema: either the
 * embedded server (default; migrated on start), or a server at a URL (checked; pending migrations
 * refuse the start unless {@code migrate} is true).
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final EmbeddedDatabase embedded;
    private final JdbiStorage storage;
    private final String jdbcUrl;

    private Database(HikariDataSource pool, EmbeddedDatabase embedded, String jdbcUrl) {
        this.pool = pool;
        this.embedded = embedded;
        this.jdbcUrl = jdbcUrl;
        this.storage = new JdbiStorage(new EvictingDataSource(pool));
    }

    /** Starts the embedded server on {@code dataDirectory} and brings its schema up to date. */
    public static Database embedded(Path dataDirectory) {
        EmbeddedDatabase server = EmbeddedDatabase.start(dataDirectory);
        try {
            HikariDataSource pool = pool(server.jdbcUrl(), null, null);
            flyway(pool).migrate();
            return new Database(pool, server, server.jdbcUrl());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Connects to the server at {@code url} ({@code jdbc:postgresql://…}; user and password may be
     * in the URL or given here).
     *
     * @throws PendingMigrationsException when the schema is behind and {@code migrate} is false
     */
    public static Database external(String url, String user, String password, boolean migrate) {
        HikariDataSource pool = pool(url, user, password);
        try {
            Flyway flyway = flyway(pool);
            if (migrate) {
                flyway.migrate();
            } else {
                List<String> pending = Arrays.stream(flyway.info().pending())
                        .map(m -> m.getVersion() + " " + m.getDescription()).toList();
                if (!pending.isEmpty()) {
                    throw new PendingMigrationsException(url, pending);
                }
                flyway.validate();
            }
            return new Database(pool, null, url);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The URL this database is reached at (for the embedded one, on this run's port). */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public DataSource dataSource() {
        return pool;
    }

    public JdbiStorage storage() {
        return storage;
    }

    /** The migrations applied to this database, oldest first. */
    public List<String> appliedMigrations() {
        return Arrays.stream(flyway(pool).info().applied()).map(MigrationInfo::getVersion).map(String::valueOf).toList();
    }

    @Override
    public void close() {
        pool.close();
        if (embedded != null) {
            embedded.close();
        }
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(8);
        config.setPoolName("chitieu");
        return new HikariDataSource(config);
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }
}
