package vn.chitieu.application.approval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.audit.Actor;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.decision.Decision;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.AccessTokens;
import vn.chitieu.port.out.Approvals;
import vn.chitieu.port.out.AuditLog;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.ImportBatches;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.port.out.ImportKind;
import vn.chitieu.port.out.ImportProgress;
import vn.chitieu.port.out.Results;
import vn.chitieu.port.out.StagedResults;
import vn.chitieu.port.out.Storage;
import vn.chitieu.port.out.StorageTransaction;
import vn.chitieu.port.out.Units;
import vn.chitieu.result.Result;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/**
 * A province with a department and two districts with a commune each, and the locks and audit
 * entries of a store kept in lists, written only when a transaction returns: the ports the approval
 * use cases are tested on. What approval does not use is not there.
 */
final class FakeApprovalStore implements Storage {

    static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");
    static final UnitTree TREE = UnitTree.of(List.of(
            new Unit(UnitCode.of("dak-lak"), "Tỉnh Đắk Lắk", UnitKind.PROVINCE, null),
            new Unit(UnitCode.of("so-noi-vu"), "Sở Nội vụ", UnitKind.DEPARTMENT, UnitCode.of("dak-lak")),
            new Unit(UnitCode.of("krong-pac"), "Huyện Krông Pắc", UnitKind.DISTRICT, UnitCode.of("dak-lak")),
            new Unit(UnitCode.of("ea-kly"), "Xã Ea Kly", UnitKind.COMMUNE, UnitCode.of("krong-pac")),
            new Unit(UnitCode.of("ea-sup"), "Huyện Ea Súp", UnitKind.DISTRICT, UnitCode.of("dak-lak")),
            new Unit(UnitCode.of("ea-le"), "Xã Ea Lê", UnitKind.COMMUNE, UnitCode.of("ea-sup"))));

    final Map<String, PeriodLock> locks = new LinkedHashMap<>();
    final List<AuditEntry> audit = new ArrayList<>();

    @Override
    public Units units() {
        return new Units() {
            @Override
            public UnitTree tree() {
                return TREE;
            }

            @Override
            public Optional<Unit> find(UnitCode code) {
                return TREE.find(code);
            }
        };
    }

    @Override
    public Approvals approvals() {
        return new Approvals() {
            @Override
            public List<PeriodLock> all() {
                return List.copyOf(locks.values());
            }

            @Override
            public Optional<PeriodLock> find(UnitCode unit, Period period) {
                return Optional.ofNullable(locks.get(PeriodLock.subject(unit, period)));
            }
        };
    }

    @Override
    public <T> T inTransaction(Function<StorageTransaction, T> work) {
        Tx tx = new Tx();
        T answer = work.apply(tx);
        if (!tx.rolledBack) {
            tx.writes.forEach(Runnable::run);
        }
        return answer;
    }

    @Override
    public vn.chitieu.port.out.LegalMinimums minimums() {
        throw new UnsupportedOperationException("the approval use cases do not read minimums");
    }

    @Override
    public Decisions decisions() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Results results() {
        throw new UnsupportedOperationException();
    }

    @Override
    public AuditLog auditLog() {
        throw new UnsupportedOperationException();
    }

    @Override
    public ImportBatches importBatches() {
        throw new UnsupportedOperationException();
    }

    @Override
    public AccessTokens accessTokens() {
        throw new UnsupportedOperationException();
    }

    private final class Tx implements StorageTransaction {

        final List<Runnable> writes = new ArrayList<>();
        boolean rolledBack;

        @Override
        public List<PeriodLock> periodLocks() {
            return List.copyOf(locks.values());
        }

        @Override
        public List<PeriodLock> periodLocksForUpdate() {
            return periodLocks();
        }

        @Override
        public PeriodLock insertPeriodLock(UnitCode unit, Period period, Actor by, String reason) {
            PeriodLock lock = new PeriodLock(unit, period, by, NOW, reason);
            writes.add(() -> locks.put(PeriodLock.subject(unit, period), lock));
            return lock;
        }

        @Override
        public void deletePeriodLock(UnitCode unit, Period period) {
            writes.add(() -> locks.remove(PeriodLock.subject(unit, period)));
        }

        @Override
        public void audit(Actor actor, List<PendingAudit> entries) {
            List<PendingAudit> copy = List.copyOf(entries);
            writes.add(() -> copy.forEach(e -> audit.add(e.at(NOW, actor))));
        }

        @Override
        public void rollback() {
            rolledBack = true;
        }

        @Override
        public List<Unit> units() {
            return TREE.units();
        }

        @Override
        public void lockForImport(ImportKind kind) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<UnitCode> unknownUnits(Set<UnitCode> codes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<IndicatorCode> unknownIndicators(Set<IndicatorCode> codes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void upsertUnits(List<Unit> units) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Decision> latestDraftForUpdate(UnitCode issuer, int year) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void insertDecision(Decision decision) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void replaceDecision(Decision stored, Decision next) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StagedResults stageResults(ImportFile<Result> file, ImportProgress progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void storeStagedResults(StagedResults staged, long batch) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long recordBatch(ImportKind kind, String source, Actor actor, long inserted, long updated,
                long unchanged) {
            throw new UnsupportedOperationException();
        }
    }
}
