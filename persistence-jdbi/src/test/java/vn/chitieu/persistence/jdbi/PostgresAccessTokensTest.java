package vn.chitieu.persistence.jdbi;

import vn.chitieu.persistence.contract.AccessTokensContract;
import vn.chitieu.persistence.contract.StorageUnderTest;

class PostgresAccessTokensTest extends AccessTokensContract {

    @Override
    protected StorageUnderTest freshStorage() {
        return TestPostgres.freshStorage();
    }
}
