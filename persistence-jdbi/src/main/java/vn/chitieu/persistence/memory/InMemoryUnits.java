package vn.chitieu.persistence.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.AuditValues;
import vn.chitieu.common.InputProblem;
import vn.chitieu.persistence.ImportChecks;
import vn.chitieu.persistence.PendingAudit;
import vn.chitieu.port.out.ImportBatch;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.port.out.ImportKind;
import vn.chitieu.port.out.ImportLine;
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
            Map<UnitCode, Unit> next = new LinkedHashMap<>(store.units);
            List<PendingAudit> audits = new ArrayList<>();
            long inserted = 0;
            long updated = 0;
            long unchanged = 0;
            long done = 0;
            for (ImportLine<Unit> line : file.lines()) {
                Unit u = line.value();
                Unit old = next.put(u.code(), u);
                if (old == null) {
                    inserted++;
                    audits.add(new PendingAudit(AuditAction.UNIT_ADDED, AuditValues.subject(u), null, AuditValues.of(u),
                            options.reason()));
                } else if (old.equals(u)) {
                    unchanged++;
                } else {
                    updated++;
                    audits.add(new PendingAudit(AuditAction.UNIT_CHANGED, AuditValues.subject(u), AuditValues.of(old),
                            AuditValues.of(u), options.reason()));
                }
                options.progress().rowsDone(++done);
            }
            ImportSummary summary = ImportSummary.counted(inserted, updated, unchanged, options.dryRun());
            if (!options.dryRun() && summary.changesSomething()) {
                store.units.clear();
                store.units.putAll(next);
                store.audit(audits, options.actor());
                store.batches.add(new ImportBatch(store.batches.size() + 1, ImportKind.UNITS, file.name(), options.actor(),
                        store.clock.instant(), inserted, updated, unchanged));
            }
            return summary;
        }
    }
}
