package vn.chitieu.persistence;

import java.nio.file.Path;
import vn.chitieu.persistence.embedded.EmbeddedDatabase;

/**
 * Where to store: a PostgreSQL URL ({@code --db-url}), or, when there is none, the embedded
 * server on {@code dataDirectory} ({@code --data-dir}, default {@code ./chitieu-data}).
 * {@code migrate} allows migrating a database at a URL; the embedded one is always migrated.
 */
public record StorageSettings(String dbUrl, Path dataDirectory, boolean migrate) {

    public StorageSettings {
        dbUrl = dbUrl == null || dbUrl.isBlank() ? null : dbUrl.strip();
        dataDirectory = dataDirectory == null ? EmbeddedDatabase.DEFAULT_DATA_DIRECTORY : dataDirectory;
    }

    public static StorageSettings embedded(Path dataDirectory) {
        return new StorageSettings(null, dataDirectory, true);
    }

    public static StorageSettings url(String dbUrl, boolean migrate) {
        return new StorageSettings(dbUrl, null, migrate);
    }

    public boolean isEmbedded() {
        return dbUrl == null;
    }
}
