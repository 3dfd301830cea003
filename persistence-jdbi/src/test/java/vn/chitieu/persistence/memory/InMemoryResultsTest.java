package vn.chitieu.persistence.memory;

import vn.chitieu.persistence.contract.ResultsContract;
import vn.chitieu.port.out.Storage;

class InMemoryResultsTest extends ResultsContract {

    @Override
    protected Storage freshStorage() {
        return new InMemoryStorage();
    }
}
