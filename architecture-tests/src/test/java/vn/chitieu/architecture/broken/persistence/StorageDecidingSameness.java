package vn.chitieu.architecture.broken.persistence;

import vn.chitieu.architecture.broken.application.SamenessUseCase;

/** Broken on purpose: a storage implementation that depends on the application layer. */
public class StorageDecidingSameness {

    public boolean unchanged(String stored, String imported) {
        return new SamenessUseCase().same(stored, imported);
    }
}
