package vn.chitieu.persistence.memory;

import vn.chitieu.persistence.contract.LegalMinimumsContract;
import vn.chitieu.port.out.Storage;

class InMemoryLegalMinimumsTest extends LegalMinimumsContract {

    @Override
    protected Storage freshStorage() {
        return new InMemoryStorage();
    }
}
