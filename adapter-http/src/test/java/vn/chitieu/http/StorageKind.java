package vn.chitieu.http;

import com.google.inject.Module;
import java.nio.file.Path;
import vn.chitieu.persistence.StorageSettings;

/** The two storages every end-to-end test runs over. */
enum StorageKind {
    MEMORY,
    POSTGRES;

    /** The storage in {@code folder} (a test's own): its database in a directory inside, so that the lock file beside it goes too. */
    Module module(Path folder) {
        return this == MEMORY ? ServerStorage.inMemory() : ServerStorage.postgres(StorageSettings.embedded(database(folder)));
    }

    /** Where {@link #module} keeps the embedded database of {@code folder}. */
    static Path database(Path folder) {
        return folder.resolve("db");
    }
}
