package vn.chitieu.persistence.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.chitieu.audit.DecisionChanges;
import vn.chitieu.audit.Actor;
import vn.chitieu.common.StaleVersionException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.decision.DecisionNotEditableException;
import vn.chitieu.decision.DecisionLifecycleException;
import vn.chitieu.decision.DecisionNotFoundException;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.decision.GroupAssignment;
import vn.chitieu.decision.Task;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.port.out.Decisions;
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
            Decision stored = decision.atVersion(0);
            store.decisions.put(stored.id(), stored);
            store.audit(DecisionChanges.created(stored, reason), actor);
            return stored;
        }
    }

    @Override
    public Decision update(Decision changed, long expectedVersion, Actor actor, String reason) {
        synchronized (store.lock) {
            Decision stored = editable(changed, expectedVersion);
            requireUnits(changed);
            Decision next = changed.atVersion(expectedVersion + 1);
            var audits = DecisionChanges.between(stored, next, reason);
            store.decisions.put(next.id(), next);
            store.audit(audits, actor);
            return next;
        }
    }

    @Override
    public Decision issue(Decision issued, long expectedVersion, Decision replaced, long replacedVersion, Actor actor,
            String reason, Runnable check) {
        synchronized (store.lock) {
            check.run();
            List<vn.chitieu.audit.PendingAudit> audits = new ArrayList<>();
            Decision oldNext = null;
            if (replaced != null) {
                Decision old = store.decisions.get(replaced.id());
                if (old == null) {
                    throw new DecisionNotFoundException(replaced.id());
                }
                if (old.version() != replacedVersion) {
                    throw new StaleVersionException("decision " + replaced.id(), replacedVersion, old.version());
                }
                if (old.status() != DecisionStatus.ISSUED) {
                    throw new DecisionLifecycleException("decision " + replaced.id() + " is " + old.status()
                            + ": only an ISSUED decision can be amended or superseded");
                }
                oldNext = replaced.atVersion(replacedVersion + 1);
                audits.addAll(DecisionChanges.between(old, oldNext, reason));
            }
            Decision stored = editable(issued, expectedVersion);
            requireUnits(issued);
            Decision next = issued.atVersion(expectedVersion + 1);
            audits.addAll(0, DecisionChanges.between(stored, next, reason));
            if (oldNext != null) {
                store.decisions.put(oldNext.id(), oldNext);
            }
            store.decisions.put(next.id(), next);
            store.audit(audits, actor);
            return next;
        }
    }

    /** The stored version of {@code changed}, when it is at {@code expectedVersion} and still editable. */
    private Decision editable(Decision changed, long expectedVersion) {
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
        return stored;
    }

    /** The second line of defence a database has as foreign keys. */
    private void requireUnits(Decision d) {
        Optional<IndicatorCode> unknownIndicator = Stream.concat(d.assignments().stream().map(Assignment::indicator),
                d.groupAssignments().stream().map(GroupAssignment::indicator)).filter(i -> !store.knows(i)).findFirst();
        if (unknownIndicator.isPresent()) {
            throw new IllegalArgumentException("unknown indicator " + unknownIndicator.get());
        }
        for (var r : d.legalBases()) {
            if (r.decision() != null && !store.decisions.containsKey(r.decision())) {
                throw new IllegalArgumentException("legal basis links to no stored decision: " + r.decision());
            }
        }
        for (var link : new vn.chitieu.decision.DecisionId[] {d.amends().orElse(null), d.supersedes().orElse(null)}) {
            if (link != null && !store.decisions.containsKey(link)) {
                throw new IllegalArgumentException("links to no stored decision: " + link);
            }
        }
        List<UnitCode> unknown = Stream.of(Stream.of(d.issuer()),
                d.assignments().stream().flatMap(a -> Stream.of(a.unit(), a.leadUnit(), a.coordinatingUnit())),
                d.groupAssignments().stream().flatMap(g -> Stream.of(g.leadUnit(), g.coordinatingUnit())),
                d.tasks().stream().map(Task::unit)).flatMap(units -> units)
                .filter(c -> c != null && !store.units.containsKey(c)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("units not in the registry: " + unknown);
        }
    }
}
