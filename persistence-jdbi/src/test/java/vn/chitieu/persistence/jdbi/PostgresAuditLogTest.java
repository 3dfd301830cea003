package vn.chitieu.persistence.jdbi;

import vn.chitieu.persistence.contract.AuditLogContract;
import vn.chitieu.port.out.Storage;

class PostgresAuditLogTest extends AuditLogContract {

    @Override
    protected Storage freshStorage() {
        return TestPostgres.freshStorage();
    }
}
