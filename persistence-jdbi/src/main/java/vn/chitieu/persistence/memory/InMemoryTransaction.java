package vn.chitieu.persistence.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.audit.Sameness;
import vn.chitieu.audit.Actor;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.ImportBatch;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.port.out.ImportKind;
import vn.chitieu.table.Lined;
import vn.chitieu.port.out.ImportProgress;
import vn.chitieu.port.out.StagedResults;
import vn.chitieu.port.out.StorageTransaction;
import vn.chitieu.result.Result;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;

/**
 * One in-memory transaction, run under the store's lock: reads see the store, writes are collected
 * and applied together when the work returns (none of them when it throws or rolls back).
 */
final class InMemoryTransaction implements StorageTransaction {

    private final InMemoryStorage store;
    private final List<Runnable> writes = new ArrayList<>();
    private final Map<Result.Key, Result> staged = new LinkedHashMap<>();
    private long batches;
    private boolean rolledBack;

    InMemoryTransaction(InMemoryStorage store) {
        this.store = store;
    }

    void commit() {
        if (!rolledBack) {
            writes.forEach(Runnable::run);
        }
    }

    @Override
    public void lockForImport(ImportKind kind) {
        // the whole transaction holds the store's one lock
    }

    @Override
    public List<Unit> units() {
        return new ArrayList<>(store.units.values());
    }

    @Override
    public Set<UnitCode> unknownUnits(Set<UnitCode> codes) {
        return codes.stream().filter(c -> !store.units.containsKey(c)).collect(Collectors.toSet());
    }

    @Override
    public Set<IndicatorCode> unknownIndicators(Set<IndicatorCode> codes) {
        return codes.stream().filter(c -> !store.knows(c)).collect(Collectors.toSet());
    }

    @Override
    public void upsertUnits(List<Unit> units) {
        List<Unit> copy = List.copyOf(units);
        writes.add(() -> copy.forEach(u -> store.units.put(u.code(), u)));
    }

    @Override
    public Optional<Decision> latestDraftForUpdate(UnitCode issuer, int year) {
        return store.decisions.values().stream()
                .filter(d -> d.issuer().equals(issuer) && d.year() == year && d.status() == DecisionStatus.DRAFT)
                .reduce((earlier, later) -> later);
    }

    @Override
    public void insertDecision(Decision decision) {
        writes.add(() -> store.decisions.put(decision.id(), decision));
    }

    @Override
    public void replaceDecision(Decision stored, Decision next) {
        writes.add(() -> store.decisions.put(next.id(), next));
    }

    /** Compared by value ({@link Sameness}), as PostgreSQL compares numerics. */
    @Override
    public StagedResults stageResults(ImportFile<Result> file, ImportProgress progress) {
        staged.clear();
        long alreadyStored = 0;
        long done = 0;
        Map<Integer, StagedResults.Change> changedByLine = new TreeMap<>();
        for (Lined<Result> line : file.lines()) {
            Result r = line.value();
            Result old = store.results.get(r.key());
            if (old == null) {
                staged.put(r.key(), r);
            } else {
                alreadyStored++;
                if (!Sameness.same(old, r)) {
                    changedByLine.put(line.line(), new StagedResults.Change(old, r));
                    staged.put(r.key(), r);
                }
            }
            progress.rowsDone(++done);
        }
        return new StagedResults(file.size(), alreadyStored, new ArrayList<>(changedByLine.values())); // in file order
    }

    @Override
    public void storeStagedResults(StagedResults results, long batch) {
        Map<Result.Key, Result> copy = new LinkedHashMap<>(staged);
        writes.add(() -> store.results.putAll(copy));
    }

    @Override
    public long recordBatch(ImportKind kind, String source, Actor actor, long inserted, long updated, long unchanged) {
        long id = store.batches.size() + 1 + batches++;
        writes.add(() -> store.batches.add(new ImportBatch(id, kind, source, actor, store.clock.instant(), inserted,
                updated, unchanged)));
        return id;
    }

    @Override
    public List<PeriodLock> periodLocks() {
        return List.copyOf(store.periodLocks.values());
    }

    @Override
    public List<PeriodLock> periodLocksForUpdate() {
        return periodLocks();
    }

    @Override
    public PeriodLock insertPeriodLock(UnitCode unit, Period period, Actor by, String reason) {
        PeriodLock lock = new PeriodLock(unit, period, by, store.clock.instant(), reason);
        String key = PeriodLock.subject(unit, period);
        if (store.periodLocks.containsKey(key)) {
            throw new IllegalStateException(key + " is already stored");
        }
        writes.add(() -> store.periodLocks.put(key, lock));
        return lock;
    }

    @Override
    public void deletePeriodLock(UnitCode unit, Period period) {
        String key = PeriodLock.subject(unit, period);
        writes.add(() -> store.periodLocks.remove(key));
    }

    @Override
    public void audit(Actor actor, List<PendingAudit> entries) {
        List<PendingAudit> copy = List.copyOf(entries);
        writes.add(() -> store.audit(copy, actor));
    }

    private InMemoryDossiers.Writes dossierWrites;

    @Override
    public InMemoryDossiers.Writes dossiers() {
        if (dossierWrites == null) {
            dossierWrites = new InMemoryDossiers.Writes(store, writes);
        }
        return dossierWrites;
    }

    @Override
    public void rollback() {
        rolledBack = true;
        writes.clear();
    }
}
