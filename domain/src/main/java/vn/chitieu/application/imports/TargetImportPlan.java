package vn.chitieu.application.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import vn.chitieu.audit.DecisionChanges;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.audit.Sameness;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.table.Lined;
import vn.chitieu.unit.UnitCode;

/**
 * What a targets import does to the drafts, worked out before anything is written: one step per
 * year of the file (a new draft, or the latest stored draft with the targets merged in), the
 * audit entries of each step, and the counts. Shared by every implementation.
 */
public record TargetImportPlan(List<Step> steps, long inserted, long updated, long unchanged) {

    /** {@code stored} is null when the draft is new; {@code next} is null when nothing changes. */
    public record Step(Decision stored, Decision next, List<PendingAudit> audits) {
    }

    /** The title of a draft that a targets import creates for {@code year}. */
    public static String importedDraftTitle(int year) {
        return "Chỉ tiêu năm " + year + " (nhập từ tệp)";
    }

    public static TargetImportPlan of(UnitCode issuer, ImportFile<Assignment> file,
            IntFunction<Optional<Decision>> latestDraft, String reason) {
        Map<Integer, List<Assignment>> byYear = new LinkedHashMap<>();
        for (Lined<Assignment> line : file.lines()) {
            byYear.computeIfAbsent(line.value().period().year(), y -> new ArrayList<>()).add(line.value());
        }
        List<Step> steps = new ArrayList<>();
        long inserted = 0;
        long updated = 0;
        long unchanged = 0;
        for (Map.Entry<Integer, List<Assignment>> e : byYear.entrySet()) {
            int year = e.getKey();
            Optional<Decision> stored = latestDraft.apply(year);
            Map<Assignment.Key, Assignment> merged = new LinkedHashMap<>();
            stored.ifPresent(d -> d.assignments().forEach(a -> merged.put(a.key(), a)));
            boolean changed = false;
            for (Assignment a : e.getValue()) {
                Assignment old = merged.get(a.key());
                if (old == null) {
                    merged.put(a.key(), a);
                    inserted++;
                    changed = true;
                } else if (Sameness.sameTarget(old, a)) {
                    unchanged++;
                } else {
                    merged.put(a.key(), old.withTarget(a.target(), a.reason()));
                    updated++;
                    changed = true;
                }
            }
            List<Assignment> list = new ArrayList<>(merged.values());
            if (stored.isEmpty()) {
                Decision fresh = Decision.draft(issuer, year, importedDraftTitle(year));
                Decision next = Decision.reconstitute(fresh.id(), null, issuer, year, fresh.title(), null, null,
                        DecisionStatus.DRAFT, 0, list);
                steps.add(new Step(null, next, DecisionChanges.created(next, reason)));
            } else if (changed) {
                Decision d = stored.get();
                Decision next = Decision.reconstitute(d.id(), d.number().orElse(null), d.issuer(), d.year(), d.title(),
                        d.signer().orElse(null), d.signedOn().orElse(null), d.status(), d.version() + 1, list, d.details());
                steps.add(new Step(d, next, DecisionChanges.between(d, next, reason)));
            } else {
                steps.add(new Step(stored.get(), null, List.of()));
            }
        }
        return new TargetImportPlan(steps, inserted, updated, unchanged);
    }
}
