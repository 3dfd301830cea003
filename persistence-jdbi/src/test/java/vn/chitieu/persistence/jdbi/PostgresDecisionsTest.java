package vn.chitieu.persistence.jdbi;

import vn.chitieu.persistence.contract.DecisionsContract;
import vn.chitieu.port.out.Storage;

class PostgresDecisionsTest extends DecisionsContract {

    @Override
    protected Storage freshStorage() {
        return TestPostgres.freshStorage();
    }
}
