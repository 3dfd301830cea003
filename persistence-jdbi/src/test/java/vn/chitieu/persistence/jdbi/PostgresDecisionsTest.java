package vn.chitieu.persistence.jdbi;

import vn.chitieu.persistence.contract.DecisionsContract;
import vn.chitieu.persistence.contract.StorageUnderTest;

class PostgresDecisionsTest extends DecisionsContract {

    @Override
    protected StorageUnderTest freshStorage() {
        return TestPostgres.freshStorage();
    }
}
