package vn.chitieu.persistence.jdbi;

import vn.chitieu.persistence.contract.ResultsContract;
import vn.chitieu.port.out.Storage;

class PostgresResultsTest extends ResultsContract {

    @Override
    protected Storage freshStorage() {
        return TestPostgres.freshStorage();
    }
}
