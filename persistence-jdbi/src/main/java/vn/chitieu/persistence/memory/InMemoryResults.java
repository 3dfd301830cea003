package vn.chitieu.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.AuditValues;
import vn.chitieu.common.InputProblem;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.persistence.ImportChecks;
import vn.chitieu.persistence.PendingAudit;
import vn.chitieu.persistence.Sameness;
import vn.chitieu.port.out.ImportBatch;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.port.out.ImportKind;
import vn.chitieu.port.out.ImportLine;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.port.out.Results;
import vn.chitieu.result.Result;

/** Results in memory. */
public final class InMemoryResults implements Results {

    static final Comparator<Result> ORDER = Comparator.comparing((Result r) -> r.indicator().value())
            .thenComparing(r -> r.period().toString()).thenComparing(r -> r.unit().value());

    private final InMemoryStorage store;

    InMemoryResults(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public List<Result> find(IndicatorCode indicator, Period period) {
        synchronized (store.lock) {
            return store.results.values().stream()
                    .filter(r -> r.indicator().equals(indicator) && r.period().equals(period)).sorted(ORDER).toList();
        }
    }

    @Override
    public List<Result> all() {
        synchronized (store.lock) {
            return store.results.values().stream().sorted(ORDER).toList();
        }
    }

    @Override
    public ImportSummary importResults(ImportFile<Result> file, ImportOptions options) {
        synchronized (store.lock) {
            List<InputProblem> problems = ImportChecks.results(file, store.units.keySet(), store::knows);
            if (!problems.isEmpty()) {
                return ImportSummary.refused(problems, options.dryRun());
            }
            Map<Result.Key, Result> changes = new HashMap<>();
            List<PendingAudit> audits = new ArrayList<>();
            long inserted = 0;
            long updated = 0;
            long unchanged = 0;
            long done = 0;
            for (ImportLine<Result> line : file.lines()) {
                Result r = line.value();
                Result old = store.results.get(r.key());
                if (old == null) {
                    inserted++;
                    changes.put(r.key(), r);
                } else if (Sameness.same(old, r)) {
                    unchanged++;
                } else {
                    updated++;
                    changes.put(r.key(), r);
                    audits.add(new PendingAudit(AuditAction.RESULT_CHANGED, AuditValues.subject(r.key()),
                            AuditValues.of(old), AuditValues.of(r), options.reason()));
                }
                options.progress().rowsDone(++done);
            }
            ImportSummary summary = ImportSummary.counted(inserted, updated, unchanged, options.dryRun());
            if (!options.dryRun() && summary.changesSomething()) {
                long batch = store.batches.size() + 1;
                List<PendingAudit> all = new ArrayList<>();
                all.add(new PendingAudit(AuditAction.RESULTS_IMPORTED, "import/" + file.name(), null,
                        "inserted=" + inserted + "; updated=" + updated + "; unchanged=" + unchanged, options.reason()));
                all.addAll(audits);
                store.results.putAll(changes);
                store.audit(all, options.actor());
                store.batches.add(new ImportBatch(batch, ImportKind.RESULTS, file.name(), options.actor(),
                        store.clock.instant(), inserted, updated, unchanged));
            }
            return summary;
        }
    }
}
