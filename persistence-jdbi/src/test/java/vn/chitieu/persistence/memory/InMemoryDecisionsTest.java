package vn.chitieu.persistence.memory;

import vn.chitieu.persistence.contract.DecisionsContract;
import vn.chitieu.persistence.contract.StorageUnderTest;

class InMemoryDecisionsTest extends DecisionsContract {

    @Override
    protected StorageUnderTest freshStorage() {
        return new InMemoryStorageUnderTest();
    }
}
