package vn.chitieu.persistence.memory;

import vn.chitieu.persistence.contract.AccessTokensContract;
import vn.chitieu.persistence.contract.StorageUnderTest;

class InMemoryAccessTokensTest extends AccessTokensContract {

    @Override
    protected StorageUnderTest freshStorage() {
        return new InMemoryStorageUnderTest();
    }
}
