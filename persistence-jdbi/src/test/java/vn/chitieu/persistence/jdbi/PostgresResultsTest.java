package vn.chitieu.persistence.jdbi;

import vn.chitieu.persistence.contract.ResultsContract;
import vn.chitieu.persistence.contract.StorageUnderTest;

class PostgresResultsTest extends ResultsContract {

    @Override
    protected StorageUnderTest freshStorage() {
        return TestPostgres.freshStorage();
    }
}
