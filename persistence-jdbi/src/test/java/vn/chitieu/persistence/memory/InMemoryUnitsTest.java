package vn.chitieu.persistence.memory;

import vn.chitieu.persistence.contract.UnitsContract;
import vn.chitieu.persistence.contract.StorageUnderTest;

class InMemoryUnitsTest extends UnitsContract {

    @Override
    protected StorageUnderTest freshStorage() {
        return new InMemoryStorageUnderTest();
    }
}
