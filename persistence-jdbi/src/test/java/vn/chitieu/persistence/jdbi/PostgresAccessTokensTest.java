package vn.chitieu.persistence.jdbi;

import vn.chitieu.persistence.contract.AccessTokensContract;
import vn.chitieu.port.out.Storage;

class PostgresAccessTokensTest extends AccessTokensContract {

    @Override
    protected Storage freshStorage() {
        return TestPostgres.freshStorage();
    }
}
