package vn.chitieu.persistence;

import com.google.inject.Inject;
import java.util.Objects;
import vn.chitieu.persistence.embedded.Database;
import vn.chitieu.port.out.Storage;

/**
 * The storage of one command of an adapter that learns its settings late (the CLI's
 * {@code --data-dir} / {@code --db-url}): {@link #open} says where, the database starts the first
 * time a port is asked for, and {@link #close} stops it at the end of the command (it holds the
 * data directory's lock). Bound by {@link PersistenceModule#forCommand()}.
 */
public final class CommandStorage implements AutoCloseable {

    private final StorageOpener opener;
    private StorageSettings settings;
    private Database database;

    @Inject
    public CommandStorage(StorageOpener opener) {
        this.opener = opener;
    }

    /** Where the ports of this command store; answers this, to close at the end of the command. */
    public synchronized CommandStorage open(StorageSettings where) {
        if (settings != null) {
            throw new IllegalStateException("the storage of this command is already open");
        }
        settings = Objects.requireNonNull(where, "where");
        return this;
    }

    synchronized Database database() {
        if (settings == null) {
            throw new IllegalStateException("a storage port was asked for before the command opened its storage");
        }
        if (database == null) {
            database = opener.open(settings);
        }
        return database;
    }

    /** The ports over the database, started now if it is not yet. */
    public Storage storage() {
        return database().storage();
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
        settings = null;
    }
}
