package vn.chitieu.persistence.memory;

import vn.chitieu.persistence.contract.AccessTokensContract;
import vn.chitieu.persistence.contract.StorageUnderTest;
import vn.chitieu.port.out.AccessTokens;

class InMemoryAccessTokensTest extends AccessTokensContract {

    @Override
    protected StorageUnderTest freshStorage() {
        return new InMemoryStorageUnderTest();
    }

    @Override
    protected AccessTokens freshTokens(StorageUnderTest storage) {
        return new InMemoryAccessTokens();
    }
}
