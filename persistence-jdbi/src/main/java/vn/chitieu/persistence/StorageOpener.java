package vn.chitieu.persistence;

import vn.chitieu.persistence.embedded.Database;

/** Opens the database that {@link StorageSettings} name; for adapters that learn the settings late (CLI options). */
public class StorageOpener {

    public Database open(StorageSettings settings) {
        return settings.isEmbedded() ? Database.embedded(settings.dataDirectory())
                : Database.external(settings.dbUrl(), null, null, settings.migrate());
    }
}
