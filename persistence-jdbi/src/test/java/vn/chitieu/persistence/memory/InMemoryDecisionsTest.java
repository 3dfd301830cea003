package vn.chitieu.persistence.memory;

import vn.chitieu.persistence.contract.DecisionsContract;
import vn.chitieu.port.out.Storage;

class InMemoryDecisionsTest extends DecisionsContract {

    @Override
    protected Storage freshStorage() {
        return new InMemoryStorage();
    }
}
