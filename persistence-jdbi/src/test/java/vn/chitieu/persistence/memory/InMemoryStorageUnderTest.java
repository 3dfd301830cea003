package vn.chitieu.persistence.memory;

import vn.chitieu.persistence.contract.StorageUnderTest;
import vn.chitieu.port.out.AccessTokens;
import vn.chitieu.port.out.AuditLog;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.ImportBatches;
import vn.chitieu.port.out.Results;
import vn.chitieu.port.out.Units;

/** A new in-memory store for each test. */
final class InMemoryStorageUnderTest implements StorageUnderTest {

    private final InMemoryStorage store = new InMemoryStorage();

    @Override
    public Units units() {
        return store.units();
    }

    @Override
    public Decisions decisions() {
        return store.decisions();
    }

    @Override
    public Results results() {
        return store.results();
    }

    @Override
    public AuditLog auditLog() {
        return store.auditLog();
    }

    @Override
    public ImportBatches importBatches() {
        return store.importBatches();
    }

    @Override
    public AccessTokens accessTokens() {
        return store.accessTokens();
    }
}
