package vn.chitieu.persistence.memory;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.chitieu.access.AccessToken;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.audit.Actor;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.AuditLog;
import vn.chitieu.port.out.ImportBatch;
import vn.chitieu.port.out.ImportBatches;
import vn.chitieu.port.out.Results;
import vn.chitieu.port.out.Storage;
import vn.chitieu.port.out.StorageTransaction;
import vn.chitieu.port.out.Units;
import vn.chitieu.result.Result;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * The state behind the in-memory ports: one object, one lock. Every write works out its whole
 * effect first and then applies it with its audit entries under the lock, so a failure leaves
 * nothing half done and a reader never sees a partial import (the in-memory "transaction").
 * For tests, demos and as the reference behaviour of the contract suites.
 */
public final class InMemoryStorage implements Storage {

    private static final Comparator<Result> RESULT_ORDER = Comparator.comparing((Result r) -> r.indicator().value())
            .thenComparing(r -> r.period().toString()).thenComparing(r -> r.unit().value());

    final Object lock = new Object();
    final Clock clock;
    final IndicatorCatalogue catalogue;
    final Map<UnitCode, Unit> units = new LinkedHashMap<>();
    final Map<DecisionId, Decision> decisions = new LinkedHashMap<>();
    final Map<Result.Key, Result> results = new LinkedHashMap<>();
    final List<AuditEntry> audit = new ArrayList<>();
    final List<ImportBatch> batches = new ArrayList<>();
    final Map<String, AccessToken> tokens = new LinkedHashMap<>();
    final Map<vn.chitieu.allocation.Minimum.Key, vn.chitieu.allocation.Minimum> minimums = new LinkedHashMap<>();
    /** The lineage links, in the order stored. */
    final List<vn.chitieu.lineage.LineageLink> lineage = new ArrayList<>();
    /** Keyed by {@link PeriodLock#subject}; in the order of approval. */
    final Map<String, PeriodLock> periodLocks = new LinkedHashMap<>();
    /** Bumped by every write: each one appends its audit entries ({@link #audit}), and every transaction. */
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();
    final Map<String, vn.chitieu.dossier.Procedure> procedures = new java.util.TreeMap<>();
    final Map<String, vn.chitieu.dossier.StoredDossier> dossiers = new java.util.HashMap<>();
    final Map<InMemoryDossiers.Key, long[]> dossierCounts = new java.util.HashMap<>();

    public InMemoryStorage(Clock clock, IndicatorCatalogue catalogue) {
        this.clock = clock;
        this.catalogue = catalogue;
    }

    public InMemoryStorage() {
        this(Clock.systemUTC(), IndicatorCatalogue.builtIn());
    }

    /** The unit registry in memory. */
    @Override
    public Units units() {
        return new Units() {
            @Override
            public UnitTree tree() {
                synchronized (lock) {
                    return UnitTree.of(new ArrayList<>(units.values()));
                }
            }

            @Override
            public Optional<Unit> find(UnitCode code) {
                synchronized (lock) {
                    return Optional.ofNullable(units.get(code));
                }
            }
        };
    }

    @Override
    public InMemoryDecisions decisions() {
        return new InMemoryDecisions(this);
    }

    /** Results in memory, ordered by indicator, period and unit. */
    @Override
    public Results results() {
        return new Results() {
            @Override
            public List<Result> find(IndicatorCode indicator, Period period) {
                synchronized (lock) {
                    return results.values().stream()
                            .filter(r -> r.indicator().equals(indicator) && r.period().equals(period)).sorted(RESULT_ORDER).toList();
                }
            }

            @Override
            public List<Result> all() {
                synchronized (lock) {
                    return results.values().stream().sorted(RESULT_ORDER).toList();
                }
            }
        };
    }

    /** The audit log in memory. */
    @Override
    public AuditLog auditLog() {
        return new AuditLog() {
            @Override
            public List<AuditEntry> all() {
                synchronized (lock) {
                    return List.copyOf(audit);
                }
            }

            @Override
            public List<AuditEntry> since(Instant since) {
                synchronized (lock) {
                    return audit.stream().filter(e -> !e.at().isBefore(since)).toList();
                }
            }

            @Override
            public List<AuditEntry> page(Instant since, long offset, int limit) {
                AuditLog.requirePage(offset, limit);
                synchronized (lock) {
                    return audit.stream().filter(e -> since == null || !e.at().isBefore(since)).skip(offset).limit(limit)
                            .toList();
                }
            }

            @Override
            public long count(Instant since) {
                synchronized (lock) {
                    return since == null ? audit.size() : audit.stream().filter(e -> !e.at().isBefore(since)).count();
                }
            }
        };
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
    public InMemoryLegalMinimums minimums() {
        return new InMemoryLegalMinimums(this);
    }

    @Override
    public InMemoryLineages lineages() {
        return new InMemoryLineages(this);
    }

    @Override
    public InMemoryDossiers dossiers() {
        return new InMemoryDossiers(this);
    }

    @Override
    public ImportBatches importBatches() {
        return () -> {
            synchronized (lock) {
                return List.copyOf(batches);
            }
        };
    }

    @Override
    public <T> T inTransaction(Function<StorageTransaction, T> work) {
        synchronized (lock) {
            try {
                InMemoryTransaction tx = new InMemoryTransaction(this);
                T answer = work.apply(tx);
                tx.commit();
                return answer;
            } finally {
                writes.incrementAndGet(); // a rolled-back one too: a new version is only ever too cautious
            }
        }
    }

    /** The number of writes so far: every write appends audit entries or runs in a transaction. */
    @Override
    public vn.chitieu.port.out.DataVersion version() {
        return () -> "memory-" + writes.get();
    }

    boolean knows(IndicatorCode indicator) {
        return catalogue.find(indicator).isPresent();
    }

    /** Appends audit entries; call under {@link #lock} with the change they record. */
    void audit(List<PendingAudit> entries, Actor actor) {
        writes.incrementAndGet();
        var now = clock.instant();
        for (PendingAudit p : entries) {
            audit.add(p.at(now, actor));
        }
    }
}
