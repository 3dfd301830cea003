package vn.chitieu.persistence.jdbi;

import vn.chitieu.persistence.contract.DecisionLifecycleContract;
import vn.chitieu.port.out.Storage;

class PostgresDecisionLifecycleTest extends DecisionLifecycleContract {

    @Override
    protected Storage freshStorage() {
        return TestPostgres.freshStorage();
    }
}
