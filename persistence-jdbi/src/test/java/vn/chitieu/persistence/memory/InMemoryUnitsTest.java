package vn.chitieu.persistence.memory;

import vn.chitieu.persistence.contract.UnitsContract;
import vn.chitieu.port.out.Storage;

class InMemoryUnitsTest extends UnitsContract {

    @Override
    protected Storage freshStorage() {
        return new InMemoryStorage();
    }
}
