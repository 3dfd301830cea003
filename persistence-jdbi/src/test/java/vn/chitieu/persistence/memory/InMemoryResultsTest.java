package vn.chitieu.persistence.memory;

import vn.chitieu.persistence.contract.ResultsContract;
import vn.chitieu.persistence.contract.StorageUnderTest;

class InMemoryResultsTest extends ResultsContract {

    @Override
    protected StorageUnderTest freshStorage() {
        return new InMemoryStorageUnderTest();
    }
}
