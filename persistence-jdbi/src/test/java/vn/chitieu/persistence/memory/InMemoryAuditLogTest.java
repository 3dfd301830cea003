package vn.chitieu.persistence.memory;

import vn.chitieu.persistence.contract.AuditLogContract;
import vn.chitieu.port.out.Storage;

class InMemoryAuditLogTest extends AuditLogContract {

    @Override
    protected Storage freshStorage() {
        return new InMemoryStorage();
    }
}
