package vn.chitieu.persistence.jdbi;

import vn.chitieu.persistence.contract.LineageContract;
import vn.chitieu.port.out.Storage;

class PostgresLineageTest extends LineageContract {

    @Override
    protected Storage freshStorage() {
        return TestPostgres.freshStorage();
    }
}
