package vn.chitieu.persistence.memory;

import vn.chitieu.persistence.contract.LineageContract;
import vn.chitieu.port.out.Storage;

class InMemoryLineageTest extends LineageContract {

    @Override
    protected Storage freshStorage() {
        return new InMemoryStorage();
    }
}
