package vn.chitieu.persistence.memory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.chitieu.access.AccessToken;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.audit.Actor;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.port.out.ImportBatch;
import vn.chitieu.port.out.Storage;
import vn.chitieu.port.out.StorageTransaction;
import vn.chitieu.result.Result;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;

/**
 * The state behind the in-memory ports: one object, one lock. Every write works out its whole
 * effect first and then applies it with its audit entries under the lock, so a failure leaves
 * nothing half done and a reader never sees a partial import (the in-memory "transaction").
 * For tests, demos and as the reference behaviour of the contract suites.
 */
public final class InMemoryStorage implements Storage {

    final Object lock = new Object();
    final Clock clock;
    final IndicatorCatalogue catalogue;
    final Map<UnitCode, Unit> units = new LinkedHashMap<>();
    final Map<DecisionId, Decision> decisions = new LinkedHashMap<>();
    final Map<Result.Key, Result> results = new LinkedHashMap<>();
    final List<AuditEntry> audit = new ArrayList<>();
    final List<ImportBatch> batches = new ArrayList<>();
    final Map<String, AccessToken> tokens = new LinkedHashMap<>();
    /** Keyed by {@link PeriodLock#subject}; in the order of approval. */
    final Map<String, PeriodLock> periodLocks = new LinkedHashMap<>();

    public InMemoryStorage(Clock clock, IndicatorCatalogue catalogue) {
        this.clock = clock;
        this.catalogue = catalogue;
    }

    public InMemoryStorage() {
        this(Clock.systemUTC(), IndicatorCatalogue.builtIn());
    }

    @Override
    public InMemoryUnits units() {
        return new InMemoryUnits(this);
    }

    @Override
    public InMemoryDecisions decisions() {
        return new InMemoryDecisions(this);
    }

    @Override
    public InMemoryResults results() {
        return new InMemoryResults(this);
    }

    @Override
    public InMemoryAuditLog auditLog() {
        return new InMemoryAuditLog(this);
    }

    @Override
    public InMemoryAccessTokens accessTokens() {
        return new InMemoryAccessTokens(this);
    }

    @Override
    public InMemoryApprovals approvals() {
        return new InMemoryApprovals(this);
    }

    @Override
    public InMemoryImportBatches importBatches() {
        return new InMemoryImportBatches(this);
    }

    @Override
    public <T> T inTransaction(Function<StorageTransaction, T> work) {
        synchronized (lock) {
            InMemoryTransaction tx = new InMemoryTransaction(this);
            T answer = work.apply(tx);
            tx.commit();
            return answer;
        }
    }

    boolean knows(vn.chitieu.indicator.IndicatorCode indicator) {
        return catalogue.find(indicator).isPresent();
    }

    /** Appends audit entries; call under {@link #lock} with the change they record. */
    void audit(List<PendingAudit> entries, Actor actor) {
        var now = clock.instant();
        for (PendingAudit p : entries) {
            audit.add(p.at(now, actor));
        }
    }
}
