package vn.chitieu.persistence.memory;

import java.util.ArrayList;
import java.util.List;
import vn.chitieu.allocation.Minimum;
import vn.chitieu.allocation.Minimums;
import vn.chitieu.audit.Actor;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.port.out.LegalMinimums;

/** Legal minimums kept in memory, written with their audit entries under the store's lock. */
public final class InMemoryLegalMinimums implements LegalMinimums {

    private final InMemoryStorage store;

    InMemoryLegalMinimums(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public Minimums all() {
        synchronized (store.lock) {
            return Minimums.of(new ArrayList<>(store.minimums.values()));
        }
    }

    @Override
    public void upsert(List<Minimum> minimums, Actor by, List<PendingAudit> audit) {
        for (Minimum m : minimums) {
            if (!store.knows(m.indicator())) {
                throw new IllegalArgumentException("no indicator " + m.indicator() + " is stored");
            }
        }
        synchronized (store.lock) {
            minimums.forEach(m -> store.minimums.put(m.key(), m));
            store.audit(audit, by);
        }
    }
}
