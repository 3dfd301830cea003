package vn.chitieu.persistence;

import com.google.inject.AbstractModule;
import com.google.inject.Binder;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.function.Function;
import vn.chitieu.persistence.embedded.Database;
import vn.chitieu.persistence.memory.InMemoryStorage;
import vn.chitieu.port.out.AccessTokens;
import vn.chitieu.port.out.Approvals;
import vn.chitieu.port.out.AuditLog;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.ImportBatches;
import vn.chitieu.port.out.LegalMinimums;
import vn.chitieu.port.out.Lineages;
import vn.chitieu.port.out.Results;
import vn.chitieu.port.out.Storage;
import vn.chitieu.port.out.Units;

/**
 * Binds {@link Storage} and its ports for an adapter, written once for the server and the CLI: to
 * PostgreSQL (embedded by default, or at a URL) with {@link #postgres(StorageSettings)}, to the
 * database a CLI command opens with {@link #forCommand()}, or in memory with {@link #inMemory()}.
 * The database starts the first time a port is asked for.
 */
public final class PersistenceModule extends AbstractModule {

    private final StorageSettings settings;

    private PersistenceModule(StorageSettings settings) {
        this.settings = settings;
    }

    public static PersistenceModule postgres(StorageSettings settings) {
        return new PersistenceModule(settings);
    }

    /**
     * PostgreSQL for an adapter that knows where only when a command runs (the CLI): the command
     * opens its {@link CommandStorage} with its settings and closes it at the end.
     */
    public static AbstractModule forCommand() {
        return new CommandModule();
    }

    public static AbstractModule inMemory() {
        return new InMemoryModule();
    }

    @Override
    protected void configure() {
        bind(StorageSettings.class).toInstance(settings);
        install(new Ports());
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
    Storage storage(Database db) {
        return db.storage();
    }

    /** The storage of the running command (its {@link CommandStorage}). */
    private static final class CommandModule extends AbstractModule {

        @Override
        protected void configure() {
            bind(CommandStorage.class).in(Singleton.class);
            install(new Ports());
        }

        @Provides
        Storage storage(CommandStorage command) {
            return command.storage();
        }
    }

    /** One {@link InMemoryStorage}. */
    private static final class InMemoryModule extends AbstractModule {

        @Override
        protected void configure() {
            bind(InMemoryStorage.class).in(Singleton.class);
            bind(Storage.class).to(InMemoryStorage.class);
            install(new Ports());
        }
    }

    /**
     * Binds each of {@code types} (use cases: the pure-Java domain has no {@code @Inject}) to its one public
     * constructor, its parameters the ports bound here; a new one for each injection, as a provider method made it.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void byConstructor(Binder binder, Class<?>... types) {
        for (Class type : types) {
            binder.bind(type).toConstructor(type.getConstructors()[0]);
        }
    }

    /** Every port, from the one {@link Storage}. */
    private static final class Ports extends AbstractModule {

        @Override
        protected void configure() {
            port(Units.class, Storage::units);
            port(Decisions.class, Storage::decisions);
            port(Results.class, Storage::results);
            port(AuditLog.class, Storage::auditLog);
            port(ImportBatches.class, Storage::importBatches);
            port(AccessTokens.class, Storage::accessTokens);
            port(LegalMinimums.class, Storage::minimums);
            port(Approvals.class, Storage::approvals);
            port(Lineages.class, Storage::lineages);
        }

        /** {@code type} bound to the storage's port, asked of the storage at each injection (unscoped). */
        private <T> void port(Class<T> type, Function<Storage, T> port) {
            Provider<Storage> storage = getProvider(Storage.class);
            bind(type).toProvider(() -> port.apply(storage.get()));
        }
    }
}
