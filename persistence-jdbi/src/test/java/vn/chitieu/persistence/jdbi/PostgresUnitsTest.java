package vn.chitieu.persistence.jdbi;

import vn.chitieu.persistence.contract.UnitsContract;
import vn.chitieu.persistence.contract.StorageUnderTest;

class PostgresUnitsTest extends UnitsContract {

    @Override
    protected StorageUnderTest freshStorage() {
        return TestPostgres.freshStorage();
    }
}
