package vn.chitieu.persistence.jdbi;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.audit.Actor;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.decision.Decision;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.port.out.ImportKind;
import vn.chitieu.port.out.ImportProgress;
import vn.chitieu.port.out.StagedResults;
import vn.chitieu.port.out.StorageTransaction;
import vn.chitieu.result.Result;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;

/** One PostgreSQL transaction, on one {@link Handle}, as the use cases write through it. */
final class JdbiTransaction implements StorageTransaction {

    private final Handle h;
    private final StorageMapper mapper;
    private final JdbiDecisions decisions;
    private final JdbiResults results;

    JdbiTransaction(Handle h, StorageMapper mapper, JdbiDecisions decisions, JdbiResults results) {
        this.h = h;
        this.mapper = mapper;
        this.decisions = decisions;
        this.results = results;
    }

    @Override
    public void lockForImport(ImportKind kind) {
        switch (kind) {
            case UNITS -> h.attach(UnitDao.class).lockForImport();
            case RESULTS -> {
                ResultDao dao = h.attach(ResultDao.class);
                dao.lockForImport();
                dao.lockReferences();
            }
            case TARGETS -> h.attach(ResultDao.class).lockReferences(); // the drafts are locked as they are read
            case PROCEDURES -> h.execute("LOCK TABLE procedures IN SHARE ROW EXCLUSIVE MODE");
            // one dossier import at a time (its counts exact, its code look-ups unique); readers are not blocked
            case DOSSIERS -> {
                h.execute("LOCK TABLE units, procedures IN SHARE MODE");
                h.execute("LOCK TABLE dossier_counts IN SHARE ROW EXCLUSIVE MODE");
            }
        }
    }

    @Override
    public List<Unit> units() {
        return h.attach(UnitDao.class).all().stream().map(mapper::toUnit).toList();
    }

    @Override
    public Set<UnitCode> unknownUnits(Set<UnitCode> codes) {
        String[] asked = codes.stream().map(UnitCode::value).toArray(String[]::new);
        return h.attach(ResultDao.class).unknownUnits(asked).stream().map(UnitCode::of).collect(Collectors.toSet());
    }

    @Override
    public Set<IndicatorCode> unknownIndicators(Set<IndicatorCode> codes) {
        String[] asked = codes.stream().map(IndicatorCode::value).toArray(String[]::new);
        return h.attach(ResultDao.class).unknownIndicators(asked).stream().map(IndicatorCode::of)
                .collect(Collectors.toSet());
    }

    @Override
    public void upsertUnits(List<Unit> units) {
        h.attach(UnitDao.class).upsert(units.stream().map(mapper::toRow).toList());
    }

    @Override
    public Optional<Decision> latestDraftForUpdate(UnitCode issuer, int year) {
        DecisionDao dao = h.attach(DecisionDao.class);
        return dao.latestDraftForUpdate(issuer.value(), year).map(row -> decisions.load(dao, row));
    }

    @Override
    public void insertDecision(Decision decision) {
        decisions.insert(h, decision);
    }

    @Override
    public void replaceDecision(Decision stored, Decision next) {
        decisions.replace(h, stored, next);
    }

    @Override
    public StagedResults stageResults(ImportFile<Result> file, ImportProgress progress) {
        return results.stage(h, file, progress);
    }

    @Override
    public void storeStagedResults(StagedResults staged, long batch) {
        results.store(h, staged, batch);
    }

    @Override
    public long recordBatch(ImportKind kind, String source, Actor actor, long inserted, long updated, long unchanged) {
        endWrites();
        return h.attach(AuditDao.class).insertBatch(kind.name(), source, actor.name(), inserted, updated, unchanged);
    }

    /** SHARE: no approval or re-opening until this import ends, while other imports may read the locks too. */
    @Override
    public List<PeriodLock> periodLocks() {
        h.execute("LOCK TABLE period_locks IN SHARE MODE");
        return JdbiApprovals.all(h);
    }

    /** SHARE ROW EXCLUSIVE: approvals, re-openings and the imports that check them, one at a time. */
    @Override
    public List<PeriodLock> periodLocksForUpdate() {
        h.execute("LOCK TABLE period_locks IN SHARE ROW EXCLUSIVE MODE");
        return JdbiApprovals.all(h);
    }

    @Override
    public PeriodLock insertPeriodLock(UnitCode unit, Period period, Actor by, String reason) {
        return h.createQuery("INSERT INTO period_locks (unit, period, approved_by, reason) "
                + "VALUES (:unit, :period, :by, :reason) RETURNING unit, period, approved_by, approved_at, reason")
                .bind("unit", unit.value()).bind("period", period.toString()).bind("by", by.name())
                .bind("reason", reason).map((rs, ctx) -> JdbiApprovals.lock(rs)).one();
    }

    @Override
    public void deletePeriodLock(UnitCode unit, Period period) {
        h.createUpdate("DELETE FROM period_locks WHERE unit = :unit AND period = :period")
                .bind("unit", unit.value()).bind("period", period.toString()).execute();
    }

    @Override
    public void audit(Actor actor, List<PendingAudit> entries) {
        endWrites();
        h.attach(AuditDao.class).insert(actor.name(), entries);
    }

    private JdbiDossiers.Writes dossiers;

    /** Ends a COPY of dossiers left open between batches, before another statement or the commit. */
    void endWrites() {
        if (dossiers != null) {
            dossiers.endCopy();
        }
    }

    /** Cancels a COPY of dossiers left open, before the rollback. */
    void abandonWrites() {
        if (dossiers != null) {
            dossiers.cancelCopy();
        }
    }

    @Override
    public JdbiDossiers.Writes dossiers() {
        if (dossiers == null) {
            dossiers = new JdbiDossiers.Writes(h);
        }
        return dossiers;
    }

    @Override
    public void rollback() {
        abandonWrites();
        h.rollback();
    }
}
