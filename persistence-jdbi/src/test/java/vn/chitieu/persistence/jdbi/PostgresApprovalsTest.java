package vn.chitieu.persistence.jdbi;

import vn.chitieu.persistence.contract.ApprovalsContract;
import vn.chitieu.port.out.Storage;

class PostgresApprovalsTest extends ApprovalsContract {

    @Override
    protected Storage freshStorage() {
        return TestPostgres.freshStorage();
    }
}
