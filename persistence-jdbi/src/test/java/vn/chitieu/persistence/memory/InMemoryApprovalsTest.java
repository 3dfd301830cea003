package vn.chitieu.persistence.memory;

import vn.chitieu.persistence.contract.ApprovalsContract;
import vn.chitieu.port.out.Storage;

class InMemoryApprovalsTest extends ApprovalsContract {

    @Override
    protected Storage freshStorage() {
        return new InMemoryStorage();
    }
}
