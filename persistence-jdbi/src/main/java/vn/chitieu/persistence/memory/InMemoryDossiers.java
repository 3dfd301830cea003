package vn.chitieu.persistence.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.chitieu.dossier.DossierCellSums;
import vn.chitieu.dossier.DossierMonthCounts;
import vn.chitieu.dossier.DossierMonths;
import vn.chitieu.dossier.Procedure;
import vn.chitieu.dossier.StoredDossier;
import vn.chitieu.port.out.DossierStore;
import vn.chitieu.port.out.DossierWrites;
import vn.chitieu.unit.UnitCode;

/** Procedures, dossiers and their monthly counts in memory: the read side, and the writes of one transaction. */
final class InMemoryDossiers implements DossierStore {

    /** A (unit, procedure, month) of the counts. */
    record Key(UnitCode unit, String procedure, int month) {
    }

    private final InMemoryStorage store;

    InMemoryDossiers(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public List<Procedure> procedures() {
        synchronized (store.lock) {
            return List.copyOf(store.procedures.values());
        }
    }

    @Override
    public Optional<StoredDossier> find(String code) {
        synchronized (store.lock) {
            return Optional.ofNullable(store.dossiers.get(code));
        }
    }

    @Override
    public long size() {
        synchronized (store.lock) {
            return store.dossiers.size();
        }
    }

    @Override
    public List<DossierCellSums> sums(int from, int to, Set<UnitCode> units) {
        List<DossierMonthCounts> months = new ArrayList<>();
        synchronized (store.lock) {
            store.dossierCounts.forEach((k, v) -> {
                if (units == null || units.contains(k.unit())) {
                    months.add(new DossierMonthCounts(k.unit(), k.procedure(), k.month(), v.clone()));
                }
            });
        }
        return DossierMonths.sums(months, from, to);
    }

    /** The writes of one transaction: seen by its own finds at once, applied to the store at commit. */
    static final class Writes implements DossierWrites {
        private final InMemoryStorage store;
        private final List<Runnable> writes;
        private final Map<String, Procedure> procedures = new HashMap<>();
        private final Map<String, StoredDossier> dossiers = new HashMap<>();
        private final Map<Key, long[]> counts = new HashMap<>();

        Writes(InMemoryStorage store, List<Runnable> writes) {
            this.store = store;
            this.writes = writes;
            writes.add(() -> {
                store.procedures.putAll(procedures);
                store.dossiers.putAll(dossiers);
                counts.forEach((k, v) -> add(store.dossierCounts, k, v));
            });
        }

        @Override
        public List<Procedure> procedures() {
            Map<String, Procedure> all = new java.util.TreeMap<>(store.procedures);
            all.putAll(procedures);
            return List.copyOf(all.values());
        }

        @Override
        public void upsertProcedures(List<Procedure> list) {
            list.forEach(p -> procedures.put(p.code(), p));
        }

        @Override
        public boolean noneStored() {
            return store.dossiers.isEmpty();
        }

        @Override
        public Map<String, StoredDossier> find(Collection<String> codes) {
            Map<String, StoredDossier> found = new HashMap<>();
            for (String c : codes) {
                StoredDossier d = dossiers.containsKey(c) ? dossiers.get(c) : store.dossiers.get(c);
                if (d != null) {
                    found.put(c, d);
                }
            }
            return found;
        }

        @Override
        public void insert(List<StoredDossier> list) {
            for (StoredDossier d : list) {
                if (dossiers.containsKey(d.code()) || store.dossiers.containsKey(d.code())) {
                    throw new IllegalStateException("dossier " + d.code() + " is already stored");
                }
                dossiers.put(d.code(), d);
            }
        }

        @Override
        public void update(List<StoredDossier.Change> changes) {
            changes.forEach(c -> dossiers.put(c.now().code(), c.now()));
        }

        @Override
        public void addCounts(Collection<DossierMonthCounts> changes) {
            changes.forEach(m -> add(counts, new Key(m.unit(), m.procedure(), m.month()), m.counts()));
        }

        /** Adds {@code changes} to the counters of {@code key} in {@code counts}. */
        private static void add(Map<Key, long[]> counts, Key key, long[] changes) {
            long[] c = counts.computeIfAbsent(key, k -> new long[DossierMonths.WIDTH]);
            for (int i = 0; i < c.length; i++) {
                c[i] += changes[i];
            }
        }
    }
}
