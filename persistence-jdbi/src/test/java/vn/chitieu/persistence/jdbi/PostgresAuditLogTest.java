package vn.chitieu.persistence.jdbi;

import vn.chitieu.persistence.contract.AuditLogContract;
import vn.chitieu.persistence.contract.StorageUnderTest;

class PostgresAuditLogTest extends AuditLogContract {

    @Override
    protected StorageUnderTest freshStorage() {
        return TestPostgres.freshStorage();
    }
}
