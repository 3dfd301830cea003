package vn.chitieu.persistence.jdbi;

import vn.chitieu.persistence.contract.LegalMinimumsContract;
import vn.chitieu.port.out.Storage;

class PostgresLegalMinimumsTest extends LegalMinimumsContract {

    @Override
    protected Storage freshStorage() {
        return TestPostgres.freshStorage();
    }
}
