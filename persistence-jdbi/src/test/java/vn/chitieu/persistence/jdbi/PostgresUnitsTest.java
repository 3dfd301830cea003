package vn.chitieu.persistence.jdbi;

import vn.chitieu.persistence.contract.UnitsContract;
import vn.chitieu.port.out.Storage;

class PostgresUnitsTest extends UnitsContract {

    @Override
    protected Storage freshStorage() {
        return TestPostgres.freshStorage();
    }
}
