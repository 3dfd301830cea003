package vn.chitieu.persistence.jdbi;

import vn.chitieu.persistence.contract.DossiersContract;
import vn.chitieu.port.out.Storage;

class PostgresDossiersTest extends DossiersContract {

    @Override
    protected Storage freshStorage() {
        return TestPostgres.freshStorage();
    }
}
