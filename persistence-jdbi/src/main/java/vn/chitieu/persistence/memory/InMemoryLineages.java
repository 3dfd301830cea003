package vn.chitieu.persistence.memory;

import java.util.List;
import java.util.Set;
import vn.chitieu.audit.Actor;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.lineage.LineageLink;
import vn.chitieu.port.out.Lineages;
import vn.chitieu.unit.UnitCode;

/** The lineage of units kept in memory, written with its audit entries under the store's lock. */
public final class InMemoryLineages implements Lineages {

    private final InMemoryStorage store;

    InMemoryLineages(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public List<LineageLink> all() {
        synchronized (store.lock) {
            return List.copyOf(store.lineage);
        }
    }

    @Override
    public void replace(Set<UnitCode> from, List<LineageLink> links, Actor by, List<PendingAudit> audit) {
        synchronized (store.lock) {
            for (LineageLink l : links) {
                if (!store.units.containsKey(l.from()) || !store.units.containsKey(l.to())) {
                    throw new IllegalArgumentException("no unit " + (store.units.containsKey(l.from()) ? l.to() : l.from())
                            + " is stored");
                }
            }
            store.lineage.removeIf(l -> from.contains(l.from()));
            store.lineage.addAll(links);
            store.audit(audit, by);
        }
    }
}
