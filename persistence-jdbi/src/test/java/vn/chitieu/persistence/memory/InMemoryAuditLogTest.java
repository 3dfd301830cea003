package vn.chitieu.persistence.memory;

import vn.chitieu.persistence.contract.AuditLogContract;
import vn.chitieu.persistence.contract.StorageUnderTest;

class InMemoryAuditLogTest extends AuditLogContract {

    @Override
    protected StorageUnderTest freshStorage() {
        return new InMemoryStorageUnderTest();
    }
}
