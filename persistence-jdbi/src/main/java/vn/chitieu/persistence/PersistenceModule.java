package vn.chitieu.persistence;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import vn.chitieu.persistence.embedded.Database;
import vn.chitieu.persistence.jdbi.JdbiStorage;
import vn.chitieu.persistence.memory.InMemoryStorage;
import vn.chitieu.port.out.AccessTokens;
import vn.chitieu.port.out.AuditLog;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.ImportBatches;
import vn.chitieu.port.out.Results;
import vn.chitieu.port.out.Units;

/**
 * Binds the storage ports for an adapter: to PostgreSQL (embedded by default, or at a URL) with
 * {@link #postgres(StorageSettings)}, or in memory with {@link #inMemory()}. The database starts
 * the first time a port is asked for.
 */
public final class PersistenceModule extends AbstractModule {

    private final StorageSettings settings;

    private PersistenceModule(StorageSettings settings) {
        this.settings = settings;
    }

    public static PersistenceModule postgres(StorageSettings settings) {
        return new PersistenceModule(settings);
    }

    public static AbstractModule inMemory() {
        return new InMemoryModule();
    }

    @Override
    protected void configure() {
        bind(StorageSettings.class).toInstance(settings);
    }

    @Provides
    @Singleton
    Database database(StorageSettings s) {
        Database db = new StorageOpener().open(s);
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "chitieu-database-close"));
        return db;
    }

    @Provides
    @Singleton
    JdbiStorage storage(Database db) {
        return db.storage();
    }

    @Provides
    Units units(JdbiStorage s) {
        return s.units();
    }

    @Provides
    Decisions decisions(JdbiStorage s) {
        return s.decisions();
    }

    @Provides
    Results results(JdbiStorage s) {
        return s.results();
    }

    @Provides
    AuditLog auditLog(JdbiStorage s) {
        return s.auditLog();
    }

    @Provides
    ImportBatches importBatches(JdbiStorage s) {
        return s.importBatches();
    }

    @Provides
    AccessTokens accessTokens(JdbiStorage s) {
        return s.accessTokens();
    }

    /** The same ports over one {@link InMemoryStorage}. */
    private static final class InMemoryModule extends AbstractModule {

        @Provides
        @Singleton
        InMemoryStorage storage() {
            return new InMemoryStorage();
        }

        @Provides
        Units units(InMemoryStorage s) {
            return s.units();
        }

        @Provides
        Decisions decisions(InMemoryStorage s) {
            return s.decisions();
        }

        @Provides
        Results results(InMemoryStorage s) {
            return s.results();
        }

        @Provides
        AuditLog auditLog(InMemoryStorage s) {
            return s.auditLog();
        }

        @Provides
        ImportBatches importBatches(InMemoryStorage s) {
            return s.importBatches();
        }

        @Provides
        AccessTokens accessTokens(InMemoryStorage s) {
            return s.accessTokens();
        }
    }
}
