package vn.chitieu.persistence.memory;

import vn.chitieu.persistence.contract.AccessTokensContract;
import vn.chitieu.port.out.Storage;

class InMemoryAccessTokensTest extends AccessTokensContract {

    @Override
    protected Storage freshStorage() {
        return new InMemoryStorage();
    }
}
