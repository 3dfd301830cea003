package vn.chitieu.persistence.memory;

import java.util.ArrayList;
import java.util.Optional;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/** The unit registry in memory. */
public final class InMemoryUnits implements Units {

    private final InMemoryStorage store;

    InMemoryUnits(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public UnitTree tree() {
        synchronized (store.lock) {
            return UnitTree.of(new ArrayList<>(store.units.values()));
        }
    }

    @Override
    public Optional<Unit> find(UnitCode code) {
        synchronized (store.lock) {
            return Optional.ofNullable(store.units.get(code));
        }
    }
}
