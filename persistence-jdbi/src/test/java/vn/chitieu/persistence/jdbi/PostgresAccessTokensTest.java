package vn.chitieu.persistence.jdbi;

import vn.chitieu.persistence.contract.AccessTokensContract;
import vn.chitieu.persistence.contract.StorageUnderTest;
import vn.chitieu.port.out.AccessTokens;

class PostgresAccessTokensTest extends AccessTokensContract {

    @Override
    protected StorageUnderTest freshStorage() {
        return TestPostgres.freshStorage();
    }

    @Override
    protected AccessTokens freshTokens(StorageUnderTest storage) {
        TestPostgres.database().storage().jdbi().useHandle(h -> h.execute("TRUNCATE access_tokens"));
        return new JdbiAccessTokens(TestPostgres.database().storage().jdbi());
    }
}
