package vn.chitieu.persistence.memory;

import vn.chitieu.persistence.contract.DecisionLifecycleContract;
import vn.chitieu.port.out.Storage;

class InMemoryDecisionLifecycleTest extends DecisionLifecycleContract {

    @Override
    protected Storage freshStorage() {
        return new InMemoryStorage();
    }
}
