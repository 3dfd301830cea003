package vn.chitieu.application.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import vn.chitieu.access.AccessDeniedException;
import vn.chitieu.application.approval.ResultLocks;
import vn.chitieu.application.unit.ListUnits;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.AuditValues;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.port.out.ImportKind;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.port.out.StagedResults;
import vn.chitieu.port.out.Storage;
import vn.chitieu.port.out.StorageTransaction;
import vn.chitieu.result.Result;
import vn.chitieu.result.ResultsTableReader;
import vn.chitieu.scoring.TargetsTableReader;
import vn.chitieu.table.Lined;
import vn.chitieu.table.Table;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;
import vn.chitieu.unit.UnitsTable;

/**
 * The imports of units, targets and results, the same for every adapter and every storage: the file
 * is read against the stored registry, checked against what is stored ({@link ImportChecks}),
 * counted inserted / updated / unchanged (a second import of the same file is all unchanged and
 * writes nothing), then written with its audit entries and its import batch in one transaction.
 * A refused file stores nothing and comes back with every problem and its line.
 */
public final class ImportService implements ImportUnitsUseCase, ImportResultsUseCase {

    private final Storage storage;
    private final IndicatorCatalogue catalogue;

    public ImportService(Storage storage, IndicatorCatalogue catalogue) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    @Override
    public ImportSummary importUnits(ImportUnitsCommand command) {
        if (command.readVersion() != null) {
            ListUnits.requireVersion(storage.units().tree(), command.readVersion());
        }
        Table table = command.table();
        List<Unit> units = UnitsTable.units(table);
        List<Lined<Unit>> lines = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            lines.add(new Lined<>(table.rows().get(i).line(), units.get(i)));
        }
        return importUnits(new ImportFile<>(command.source(), lines), command.options());
    }

    /** Import a targets file into the issuer's drafts: {@code import targets}. */
    public ImportSummary importTargets(ImportTargetsCommand command) {
        UnitTree tree = storage.units().tree();
        UnitCode issuer = command.issuer() == null ? onlyRoot(tree, command.source()) : command.issuer();
        List<Lined<Assignment>> targets = new TargetsTableReader(new NameResolver(tree), catalogue)
                .readLined(command.table(), null, null);
        return importTargets(issuer, new ImportFile<>(command.source(), targets), command.options());
    }

    @Override
    public ImportSummary importResults(ImportResultsCommand command) {
        UnitTree tree = storage.units().tree();
        NameResolver resolver = command.caller() == null ? new NameResolver(tree) : command.caller().resolver(tree);
        // each result keeps the line of its row (the wide form's section and totals rows yield none)
        List<Lined<Result>> read = new ResultsTableReader(resolver, catalogue).readLined(command.table(), command.period());
        if (command.caller() != null) {
            List<UnitCode> outside = read.stream().map(l -> l.value().unit()).distinct()
                    .filter(u -> !command.caller().maySee(tree, u)).toList();
            if (!outside.isEmpty()) {
                throw new AccessDeniedException("results of " + outside + " are outside the subtree of '"
                        + command.caller().scope() + "' that " + command.caller().tokenId() + " may write");
            }
        }
        return importResults(new ImportFile<>(command.source(), read), command.options());
    }

    /** Adds or updates units by code; the registry with the file applied must be a tree. */
    public ImportSummary importUnits(ImportFile<Unit> file, ImportOptions options) {
        return storage.inTransaction(tx -> {
            tx.lockForImport(ImportKind.UNITS);
            List<Unit> stored = tx.units();
            List<InputProblem> problems = ImportChecks.units(file, stored);
            if (!problems.isEmpty()) {
                return refused(tx, problems, options);
            }
            UnitImportPlan plan = UnitImportPlan.of(file, stored, options.reason(), options.progress());
            ImportSummary summary = ImportSummary.counted(plan.inserted(), plan.updated(), plan.unchanged(),
                    options.dryRun());
            if (storesNothing(tx, summary)) {
                return summary;
            }
            tx.upsertUnits(plan.changed());
            tx.audit(options.actor(), plan.audits());
            tx.recordBatch(ImportKind.UNITS, file.name(), options.actor(), plan.inserted(), plan.updated(),
                    plan.unchanged());
            return summary;
        });
    }

    /**
     * Sets targets as assignments of {@code issuer}'s latest draft of each year of the file (a new
     * draft when there is none); a target whose value and reason are unchanged counts as unchanged.
     */
    public ImportSummary importTargets(UnitCode issuer, ImportFile<Assignment> file, ImportOptions options) {
        return storage.inTransaction(tx -> {
            tx.lockForImport(ImportKind.TARGETS);
            Set<UnitCode> units = new HashSet<>();
            Set<IndicatorCode> indicators = new HashSet<>();
            units.add(issuer);
            for (Lined<Assignment> line : file.lines()) {
                Assignment a = line.value();
                Stream.of(a.unit(), a.leadUnit(), a.coordinatingUnit()).filter(Objects::nonNull).forEach(units::add);
                indicators.add(a.indicator());
            }
            Set<UnitCode> unknownUnits = tx.unknownUnits(units);
            List<InputProblem> problems = new ArrayList<>();
            if (unknownUnits.contains(issuer)) {
                problems.add(ImportProblems.unknownIssuer(file.name(), issuer.value()));
            }
            problems.addAll(ImportChecks.targets(file, unknownUnits, tx.unknownIndicators(indicators)));
            if (!problems.isEmpty()) {
                return refused(tx, problems, options);
            }
            TargetImportPlan plan = TargetImportPlan.of(issuer, file, year -> tx.latestDraftForUpdate(issuer, year),
                    options.reason());
            options.progress().rowsDone(file.size());
            ImportSummary summary = ImportSummary.counted(plan.inserted(), plan.updated(), plan.unchanged(),
                    options.dryRun());
            if (storesNothing(tx, summary)) {
                return summary;
            }
            List<PendingAudit> audits = new ArrayList<>();
            for (TargetImportPlan.Step step : plan.steps()) {
                if (step.next() == null) {
                    continue;
                }
                if (step.stored() == null) {
                    tx.insertDecision(step.next());
                } else {
                    tx.replaceDecision(step.stored(), step.next());
                }
                audits.addAll(step.audits());
            }
            tx.audit(options.actor(), audits);
            tx.recordBatch(ImportKind.TARGETS, file.name(), options.actor(), plan.inserted(), plan.updated(),
                    plan.unchanged());
            return summary;
        });
    }

    /**
     * Adds or updates results by (unit, indicator, period). Storage stages the file and reports the
     * stored rows it changes; the counts and the audit entries (one for the batch, one per changed
     * result with its old and new value) are decided here.
     */
    public ImportSummary importResults(ImportFile<Result> read, ImportOptions options) {
        ImportFile<Result> file = ImportChecks.inKeyOrder(read);
        return storage.inTransaction(tx -> {
            tx.lockForImport(ImportKind.RESULTS);
            Set<UnitCode> units = new HashSet<>();
            Set<IndicatorCode> indicators = new HashSet<>();
            UnitCode lastUnit = null;
            for (Lined<Result> line : file.lines()) {
                if (!line.value().unit().equals(lastUnit)) { // in key order: each unit's lines together
                    lastUnit = line.value().unit();
                    units.add(lastUnit);
                }
                indicators.add(line.value().indicator());
            }
            List<InputProblem> problems = ImportChecks.results(file, tx.unknownUnits(units),
                    tx.unknownIndicators(indicators));
            if (!problems.isEmpty()) {
                return refused(tx, problems, options);
            }
            ResultLocks.requireOpen(tx, file); // approved (unit, period): the whole file is refused
            StagedResults staged = tx.stageResults(file, options.progress());
            ImportSummary summary = ImportSummary.counted(staged.inserted(), staged.updated(), staged.unchanged(),
                    options.dryRun());
            if (storesNothing(tx, summary)) {
                return summary;
            }
            long batch = tx.recordBatch(ImportKind.RESULTS, file.name(), options.actor(), staged.inserted(),
                    staged.updated(), staged.unchanged());
            tx.storeStagedResults(staged, batch);
            List<PendingAudit> audits = new ArrayList<>(staged.changed().size() + 1);
            audits.add(new PendingAudit(AuditAction.RESULTS_IMPORTED, "import/" + file.name(), null,
                    "inserted=" + staged.inserted() + "; updated=" + staged.updated() + "; unchanged="
                            + staged.unchanged(), options.reason()));
            for (StagedResults.Change c : staged.changed()) {
                audits.add(new PendingAudit(AuditAction.RESULT_CHANGED, AuditValues.subject(c.now().key()),
                        AuditValues.of(c.old()), AuditValues.of(c.now()), options.reason()));
            }
            tx.audit(options.actor(), audits);
            return summary;
        });
    }

    private static ImportSummary refused(StorageTransaction tx, List<InputProblem> problems, ImportOptions options) {
        tx.rollback();
        return ImportSummary.refused(ImportChecks.sorted(problems), options.dryRun());
    }

    /** A dry run, or a file that changes nothing, writes nothing: not even its import batch (true, rolled back). */
    public static boolean storesNothing(StorageTransaction tx, ImportSummary summary) {
        if (summary.dryRun() || !summary.changesSomething()) {
            tx.rollback();
            return true;
        }
        return false;
    }

    private static UnitCode onlyRoot(UnitTree tree, String source) {
        List<Unit> roots = tree.roots();
        if (roots.size() != 1) {
            throw new InvalidInputException(InputProblem.ofFile(source, "the registry has " + roots.size()
                    + " root units: give the issuer of the targets (--issuer CODE)"));
        }
        return roots.get(0).code();
    }
}
