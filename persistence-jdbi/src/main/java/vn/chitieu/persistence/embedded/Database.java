package vn.chitieu.persistence.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import vn.chitieu.persistence.DatabaseUnavailableException;
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
        return embedded(dataDirectory, StartNotices.NONE);
    }

    /**
     * Starts the embedded server on {@code dataDirectory} and brings its schema up to date,
     * telling {@code notices} what it waits for when that takes more than a second.
     */
    public static Database embedded(Path dataDirectory, StartNotices notices) {
        Path shown = dataDirectory.toAbsolutePath().normalize();
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> notices.stage(StartNotices.Stage.STARTING, shown),
                CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
        Thread warmUp = warmUp();
        try {
            EmbeddedDatabase server = EmbeddedDatabase.start(dataDirectory, (stage, dir) -> {
                slow.cancel(false);
                notices.stage(stage, dir);
            });
            awaitQuietly(warmUp);
            try {
                HikariDataSource pool = pool(server.jdbcUrl(), EmbeddedDatabase.SUPERUSER, server.password());
                SchemaStamp stamp = SchemaStamp.of(server.dataDirectory());
                if (!stamp.isCurrent()) {
                    flyway(pool).migrate();
                    stamp.record();
                }
                return new Database(pool, server, server.jdbcUrl() + "&password=" + server.password());
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        } finally {
            slow.cancel(false);
        }
    }

    /**
     * Connects to the server at {@code url} ({@code jdbc:postgresql://…}; user and password may be
     * in the URL or given here).
     *
     * @throws PendingMigrationsException when the schema is behind and {@code migrate} is false
     */
    public static Database external(String url, String user, String password, boolean migrate) {
        HikariDataSource pool;
        try {
            pool = pool(url, user, password);
        } catch (RuntimeException e) {
            // a pool that cannot make its first connection: a one-line reason, never a trace
            throw new DatabaseUnavailableException("cannot connect to the database at " + masked(url) + ": "
                    + masked(DatabaseUnavailableException.in(e).map(Throwable::getMessage).orElseGet(() -> rootMessage(e))), e);
        }
        try {
            Flyway flyway = flyway(pool);
            if (migrate) {
                flyway.migrate();
            } else {
                List<String> pending = Arrays.stream(flyway.info().pending())
                        .map(m -> m.getVersion() + " " + m.getDescription()).toList();
                if (!pending.isEmpty()) {
                    throw new PendingMigrationsException(masked(url), pending);
                }
                flyway.validate();
            }
            return new Database(pool, null, url);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * The URL this database is reached at (for the embedded one, on this run's port and with its
     * password: keep it to this process).
     */
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
        failFast(config);
        return new HikariDataSource(config);
    }

    /**
     * A database that is down is told within about 2 s, not after Hikari's 30 s: no connection in
     * 2 s fails the request (the HTTP service answers 503), a connection is checked in 1 s, a
     * server that does not accept a connection in 2 s is down. The URL's own parameters win.
     */
    private static void failFast(HikariConfig config) {
        config.setConnectionTimeout(2_000);
        // the pool grows on demand: a short command does not pay for 8 logins (SCRAM) and backends
        config.setMinimumIdle(2);
        config.setValidationTimeout(1_000);
        config.addDataSourceProperty("connectTimeout", "2");
        config.addDataSourceProperty("loginTimeout", "3");
        // a statement waiting 10 minutes for a byte is a server that hangs, not a long import
        config.addDataSourceProperty("socketTimeout", "600");
        config.addDataSourceProperty("tcpKeepAlive", "true");
    }

    /**
     * Loads the classes of the pool, the driver and Jdbi while the server starts (a second or more
     * of a short command): nothing of them is touched by the start itself, which waits for this
     * thread before going on, so no class is initialised by two threads at once.
     */
    private static Thread warmUp() {
        Thread thread = new Thread(() -> {
            try {
                Class.forName("org.postgresql.Driver");
                Class.forName("org.postgresql.core.v3.ConnectionFactoryImpl");
                Class.forName("org.postgresql.jdbc.PgConnection");
                Class.forName("com.zaxxer.hikari.pool.HikariPool");
                javax.crypto.Mac.getInstance("HmacSHA256");
                new JdbiStorage(new org.postgresql.ds.PGSimpleDataSource()).units();
            } catch (Exception | LinkageError e) {
                // only a warm-up: the real use finds the same failure and reports it
            }
        }, "chitieu-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void awaitQuietly(Thread thread) {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code url} with the value of its {@code password} parameter hidden, for messages. */
    static String masked(String text) {
        return text == null ? null : text.replaceAll("(?i)(password=)[^&;\\s]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }
}
