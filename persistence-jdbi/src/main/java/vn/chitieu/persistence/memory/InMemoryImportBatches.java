package vn.chitieu.persistence.memory;

import java.util.List;
import vn.chitieu.port.out.ImportBatch;
import vn.chitieu.port.out.ImportBatches;

/** The import batches in memory. */
public final class InMemoryImportBatches implements ImportBatches {

    private final InMemoryStorage store;

    InMemoryImportBatches(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public List<ImportBatch> all() {
        synchronized (store.lock) {
            return List.copyOf(store.batches);
        }
    }
}
