package vn.chitieu.persistence.jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.chitieu.persistence.embedded.Database;
import vn.chitieu.port.out.Storage;

/**
 * One embedded PostgreSQL for the whole test JVM (it takes seconds to start), migrated by the
 * production code path, in a temporary data directory removed at exit. Each test gets emptied
 * tables.
 */
public final class TestPostgres {

    private static Database database;

    private TestPostgres() {
    }

    public static synchronized Database database() {
        if (database == null) {
            try {
                // the data directory inside a folder of its own, so that its lock file (beside it) goes too
                Path dir = Files.createTempDirectory("chitieu-test-pg");
                Database db = Database.embedded(dir.resolve("data"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    db.close();
                    delete(dir);
                }, "test-postgres-cleanup"));
                database = db;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }

    /** Empties every table but the indicator catalogue and answers the ports over the database. */
    public static Storage freshStorage() {
        JdbiStorage storage = database().storage();
        storage.jdbi().useHandle(h -> h.execute(
                "TRUNCATE units, import_batches, decisions, assignments, results, audit_log, access_tokens, minimums, period_locks, dossier_counts, dossiers, procedures RESTART IDENTITY CASCADE"));
        return storage;
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
