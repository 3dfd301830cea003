package vn.chitieu.port.out;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.audit.Actor;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.decision.Decision;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.result.Result;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;

/**
 * What a use case reads and writes inside one {@link Storage#inTransaction transaction}: finds,
 * saves, upserts and the rows a results file changes. It stores what it is told and decides nothing.
 */
public interface StorageTransaction {

    /**
     * From here to the end of the transaction, imports of {@code kind} run one at a time and what
     * they check against (the registry, the indicators) stays as checked.
     */
    void lockForImport(ImportKind kind);

    /** Every stored unit, in the order they were first stored. */
    List<Unit> units();

    /** Of {@code codes}, those with no stored unit. */
    Set<UnitCode> unknownUnits(Set<UnitCode> codes);

    /** Of {@code codes}, those with no stored indicator. */
    Set<IndicatorCode> unknownIndicators(Set<IndicatorCode> codes);

    /** Adds the new units and replaces the stored ones with the same code. */
    void upsertUnits(List<Unit> units);

    /** The latest stored draft of {@code issuer} for {@code year}, locked until the end of the transaction. */
    Optional<Decision> latestDraftForUpdate(UnitCode issuer, int year);

    /** Stores a new decision with its assignments, at the version it carries. */
    void insertDecision(Decision decision);

    /** Writes {@code next} (its fields and the full set of its assignments) over {@code stored}. */
    void replaceDecision(Decision stored, Decision next);

    /**
     * Stages the results of {@code file} (keys unique, units and indicators stored: checked before;
     * lines in key order, as text: unit, indicator, period)
     * and reports, without writing them yet, how many of their keys are stored and the stored rows
     * whose values they change, compared by value (99.96 = 99.960), in file order.
     */
    StagedResults stageResults(ImportFile<Result> file, ImportProgress progress);

    /** Writes the staged results: the changed rows updated, the new ones inserted, all marked with {@code batch}. */
    void storeStagedResults(StagedResults staged, long batch);

    /** Records an import batch; answers its id. */
    long recordBatch(ImportKind kind, String source, Actor actor, long inserted, long updated, long unchanged);

    /**
     * Every stored period lock, oldest first. Until the end of the transaction no lock is added or
     * removed by another one (what a results import checks stays as checked).
     */
    List<PeriodLock> periodLocks();

    /**
     * Every stored period lock, oldest first, for an approval or a re-opening: from here to the end of
     * the transaction approvals and re-openings run one at a time, and no import checks the locks.
     */
    List<PeriodLock> periodLocksForUpdate();

    /** Stores the lock of {@code unit} for {@code period} by {@code by}, stamped with the transaction's time; answers it. */
    PeriodLock insertPeriodLock(UnitCode unit, Period period, Actor by, String reason);

    /** Removes the lock of {@code unit} for {@code period} (there is one: checked before). */
    void deletePeriodLock(UnitCode unit, Period period);

    /** Appends audit entries, stamped with the transaction's time. */
    void audit(Actor actor, List<PendingAudit> entries);

    /** The procedures, dossiers and their counts, written in this transaction (domain.md §9). */
    default DossierWrites dossiers() {
        throw new UnsupportedOperationException("this storage keeps no dossiers");
    }

    /** Nothing of this transaction is kept. */
    void rollback();
}
