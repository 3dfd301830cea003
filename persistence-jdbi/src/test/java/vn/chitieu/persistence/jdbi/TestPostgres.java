package vn.chitieu.persistence.jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.chitieu.persistence.contract.StorageUnderTest;
import vn.chitieu.persistence.embedded.Database;
import vn.chitieu.port.out.AccessTokens;
import vn.chitieu.port.out.AuditLog;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.ImportBatches;
import vn.chitieu.port.out.Results;
import vn.chitieu.port.out.Units;

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
                Path dir = Files.createTempDirectory("chitieu-test-pg");
                Database db = Database.embedded(dir);
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
    public static StorageUnderTest freshStorage() {
        JdbiStorage storage = database().storage();
        storage.jdbi().useHandle(h -> h.execute(
                "TRUNCATE units, import_batches, decisions, assignments, results, audit_log, access_tokens RESTART IDENTITY CASCADE"));
        return new StorageUnderTest() {
            @Override
            public Units units() {
                return storage.units();
            }

            @Override
            public Decisions decisions() {
                return storage.decisions();
            }

            @Override
            public Results results() {
                return storage.results();
            }

            @Override
            public AuditLog auditLog() {
                return storage.auditLog();
            }

            @Override
            public ImportBatches importBatches() {
                return storage.importBatches();
            }

            @Override
            public AccessTokens accessTokens() {
                return storage.accessTokens();
            }
        };
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
