package vn.chitieu.persistence.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chitieu.common.InputProblem;
import vn.chitieu.persistence.ImportChecks;
import vn.chitieu.persistence.UnitImportPlan;
import vn.chitieu.port.out.ImportBatch;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.port.out.ImportKind;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/** The unit registry in memory. */
public final class InMemoryUnits implements Units {

    private final InMemoryStorage store;

    InMemoryUnits(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public UnitTree tree() {
        synchronized (store.lock) {
            return UnitTree.of(new ArrayList<>(store.units.values()));
        }
    }

    @Override
    public Optional<Unit> find(UnitCode code) {
        synchronized (store.lock) {
            return Optional.ofNullable(store.units.get(code));
        }
    }

    @Override
    public ImportSummary importUnits(ImportFile<Unit> file, ImportOptions options) {
        synchronized (store.lock) {
            List<InputProblem> problems = ImportChecks.units(file, new ArrayList<>(store.units.values()));
            if (!problems.isEmpty()) {
                return ImportSummary.refused(problems, options.dryRun());
            }
            UnitImportPlan plan = UnitImportPlan.of(file, new ArrayList<>(store.units.values()), options.reason(),
                    options.progress());
            ImportSummary summary = ImportSummary.counted(plan.inserted(), plan.updated(), plan.unchanged(),
                    options.dryRun());
            if (!options.dryRun() && summary.changesSomething()) {
                plan.changed().forEach(u -> store.units.put(u.code(), u));
                store.audit(plan.audits(), options.actor());
                store.batches.add(new ImportBatch(store.batches.size() + 1, ImportKind.UNITS, file.name(), options.actor(),
                        store.clock.instant(), plan.inserted(), plan.updated(), plan.unchanged()));
            }
            return summary;
        }
    }
}
