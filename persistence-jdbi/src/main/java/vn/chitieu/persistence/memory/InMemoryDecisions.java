package vn.chitieu.persistence.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.chitieu.audit.Actor;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.StaleVersionException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.decision.DecisionNotEditableException;
import vn.chitieu.decision.DecisionNotFoundException;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.persistence.DecisionChanges;
import vn.chitieu.persistence.ImportChecks;
import vn.chitieu.persistence.TargetImportPlan;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.ImportBatch;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.port.out.ImportKind;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.unit.UnitCode;

/** Decisions in memory. */
public final class InMemoryDecisions implements Decisions {

    private final InMemoryStorage store;

    InMemoryDecisions(InMemoryStorage store) {
        this.store = store;
    }

    @Override
    public Optional<Decision> findById(DecisionId id) {
        synchronized (store.lock) {
            return Optional.ofNullable(store.decisions.get(id));
        }
    }

    @Override
    public List<Decision> findByYear(int year) {
        synchronized (store.lock) {
            return store.decisions.values().stream().filter(d -> d.year() == year).toList();
        }
    }

    @Override
    public List<Decision> all() {
        synchronized (store.lock) {
            return List.copyOf(store.decisions.values());
        }
    }

    @Override
    public Decision add(Decision decision, Actor actor, String reason) {
        synchronized (store.lock) {
            if (store.decisions.containsKey(decision.id())) {
                throw new IllegalArgumentException("decision " + decision.id() + " is already stored");
            }
            requireUnits(decision);
            Decision stored = withVersion(decision, 0);
            store.decisions.put(stored.id(), stored);
            store.audit(DecisionChanges.created(stored, reason), actor);
            return stored;
        }
    }

    @Override
    public Decision update(Decision changed, long expectedVersion, Actor actor, String reason) {
        synchronized (store.lock) {
            Decision stored = store.decisions.get(changed.id());
            if (stored == null) {
                throw new DecisionNotFoundException(changed.id());
            }
            if (stored.version() != expectedVersion) {
                throw new StaleVersionException("decision " + changed.id(), expectedVersion, stored.version());
            }
            if (!stored.status().isEditable()) {
                throw new DecisionNotEditableException(stored.id(), stored.status());
            }
            requireUnits(changed);
            Decision next = withVersion(changed, expectedVersion + 1);
            var audits = DecisionChanges.between(stored, next, reason);
            store.decisions.put(next.id(), next);
            store.audit(audits, actor);
            return next;
        }
    }

    @Override
    public ImportSummary importTargets(UnitCode issuer, ImportFile<Assignment> file, ImportOptions options) {
        synchronized (store.lock) {
            List<InputProblem> problems = new ArrayList<>();
            if (!store.units.containsKey(issuer)) {
                problems.add(InputProblem.at(file.name(), 0, null, issuer.value(),
                        "the issuer is not in the registry; import the units first"));
            }
            problems.addAll(ImportChecks.targets(file, store.units.keySet(), store::knows));
            if (!problems.isEmpty()) {
                return ImportSummary.refused(ImportChecks.sorted(problems), options.dryRun());
            }
            TargetImportPlan plan = TargetImportPlan.of(issuer, file, year -> latestDraft(issuer, year), options.reason());
            options.progress().rowsDone(file.size());
            ImportSummary summary = ImportSummary.counted(plan.inserted(), plan.updated(), plan.unchanged(),
                    options.dryRun());
            if (!options.dryRun() && summary.changesSomething()) {
                for (TargetImportPlan.Step step : plan.steps()) {
                    if (step.next() != null) {
                        store.decisions.put(step.next().id(), step.next());
                        store.audit(step.audits(), options.actor());
                    }
                }
                store.batches.add(new ImportBatch(store.batches.size() + 1, ImportKind.TARGETS, file.name(),
                        options.actor(), store.clock.instant(), plan.inserted(), plan.updated(), plan.unchanged()));
            }
            return summary;
        }
    }

    private Optional<Decision> latestDraft(UnitCode issuer, int year) {
        Decision latest = null;
        for (Decision d : store.decisions.values()) {
            if (d.issuer().equals(issuer) && d.year() == year && d.status() == DecisionStatus.DRAFT) {
                latest = d;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The second line of defence a database has as foreign keys. */
    private void requireUnits(Decision d) {
        Set<UnitCode> known = store.units.keySet();
        List<UnitCode> unknown = new ArrayList<>();
        if (!known.contains(d.issuer())) {
            unknown.add(d.issuer());
        }
        for (Assignment a : d.assignments()) {
            for (UnitCode c : new UnitCode[] {a.unit(), a.leadUnit(), a.coordinatingUnit()}) {
                if (c != null && !known.contains(c)) {
                    unknown.add(c);
                }
            }
            if (store.catalogue.find(a.indicator()).isEmpty()) {
                throw new IllegalArgumentException("unknown indicator " + a.indicator());
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("units not in the registry: " + unknown);
        }
    }

    static Decision withVersion(Decision d, long version) {
        return Decision.reconstitute(d.id(), d.number().orElse(null), d.issuer(), d.year(), d.title(),
                d.signer().orElse(null), d.signedOn().orElse(null), d.status(), version, d.assignments());
    }
}
