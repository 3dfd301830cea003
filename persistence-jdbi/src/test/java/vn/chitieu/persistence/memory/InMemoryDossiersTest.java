package vn.chitieu.persistence.memory;

import vn.chitieu.persistence.contract.DossiersContract;
import vn.chitieu.port.out.Storage;

class InMemoryDossiersTest extends DossiersContract {

    @Override
    protected Storage freshStorage() {
        return new InMemoryStorage();
    }
}
