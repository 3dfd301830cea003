package vn.chitieu.persistence.memory;

import java.util.List;
import java.util.Optional;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.Approvals;
import vn.chitieu.unit.UnitCode;

/** Period locks kept in memory, in the order of approval. */
public final class InMemoryApprovals implements Approvals {

    private final InMemoryStorage store;

    InMemoryApprovals(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public List<PeriodLock> all() {
        synchronized (store.lock) {
            return List.copyOf(store.periodLocks.values());
        }
    }

    @Override
    public Optional<PeriodLock> find(UnitCode unit, Period period) {
        synchronized (store.lock) {
            return Optional.ofNullable(store.periodLocks.get(PeriodLock.subject(unit, period)));
        }
    }
}
