package vn.chitieu.http;

import com.google.inject.Module;
import java.nio.file.Path;
import vn.chitieu.persistence.StorageSettings;

/** The two storages every end-to-end test runs over. */
enum StorageKind {
    MEMORY,
    POSTGRES;

    Module module(Path dataDirectory) {
        return this == MEMORY ? ServerStorage.inMemory() : ServerStorage.postgres(StorageSettings.embedded(dataDirectory));
    }
}
