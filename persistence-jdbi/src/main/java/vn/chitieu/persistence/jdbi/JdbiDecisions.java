package vn.chitieu.persistence.jdbi;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import vn.chitieu.audit.DecisionChanges;
import vn.chitieu.audit.Actor;
import vn.chitieu.common.StaleVersionException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.decision.DecisionNotEditableException;
import vn.chitieu.decision.DecisionNotFoundException;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.port.out.Decisions;

/**
 * Decisions in PostgreSQL. A change locks the decision's row ({@code SELECT … FOR UPDATE}), checks
 * the version it was made from, then writes the row with the next version, the assignments and
 * the audit entries in one transaction; triggers refuse any change to an issued decision.
 */
public final class JdbiDecisions implements Decisions {

    /** SQLSTATE raised by the schema's triggers for a change to a decision that is not a draft. */
    static final String NOT_EDITABLE = "CT409";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final Jdbi jdbi;
    private final StorageMapper mapper;

    JdbiDecisions(Jdbi jdbi, StorageMapper mapper) {
        this.jdbi = jdbi;
        this.mapper = mapper;
    }

    @Override
    public Optional<Decision> findById(DecisionId id) {
        return jdbi.withHandle(h -> {
            DecisionDao dao = h.attach(DecisionDao.class);
            return dao.find(id.value()).map(row -> load(dao, row));
        });
    }

    @Override
    public List<Decision> findByYear(int year) {
        return jdbi.withHandle(h -> {
            DecisionDao dao = h.attach(DecisionDao.class);
            return dao.findByYear(year).stream().map(row -> load(dao, row)).toList();
        });
    }

    @Override
    public List<Decision> all() {
        return jdbi.withHandle(h -> {
            DecisionDao dao = h.attach(DecisionDao.class);
            return dao.all().stream().map(row -> load(dao, row)).toList();
        });
    }

    @Override
    public Decision add(Decision decision, Actor actor, String reason) {
        try {
            return jdbi.inTransaction(h -> {
                DecisionDao dao = h.attach(DecisionDao.class);
                if (dao.find(decision.id().value()).isPresent()) {
                    throw new IllegalArgumentException("decision " + decision.id() + " is already stored");
                }
                Decision stored = insert(h, decision);
                h.attach(AuditDao.class).insert(actor.name(), DecisionChanges.created(stored, reason));
                return stored;
            });
        } catch (JdbiException e) {
            throw translate(e, decision);
        }
    }

    @Override
    public Decision update(Decision changed, long expectedVersion, Actor actor, String reason) {
        try {
            return jdbi.inTransaction(h -> {
                DecisionDao dao = h.attach(DecisionDao.class);
                DecisionRow row = dao.findForUpdate(changed.id().value())
                        .orElseThrow(() -> new DecisionNotFoundException(changed.id()));
                if (row.version() != expectedVersion) {
                    throw new StaleVersionException("decision " + changed.id(), expectedVersion, row.version());
                }
                Decision stored = load(dao, row);
                if (!stored.status().isEditable()) {
                    throw new DecisionNotEditableException(stored.id(), stored.status());
                }
                Decision next = replace(h, stored, changed);
                h.attach(AuditDao.class).insert(actor.name(), DecisionChanges.between(stored, next, reason));
                return next;
            });
        } catch (JdbiException e) {
            throw translate(e, changed);
        }
    }

    Decision insert(Handle h, Decision decision) {
        DecisionDao dao = h.attach(DecisionDao.class);
        dao.insert(mapper.toRow(decision, 0));
        UUID id = decision.id().value();
        dao.upsertAssignments(decision.assignments().stream().map(a -> mapper.toRow(id, a)).toList());
        return mapper.toDecision(mapper.toRow(decision, 0), decision.assignments());
    }

    /** Writes {@code changed} over {@code stored} (whose row the caller has locked) at the next version. */
    Decision replace(Handle h, Decision stored, Decision changed) {
        DecisionDao dao = h.attach(DecisionDao.class);
        UUID id = stored.id().value();
        DecisionRow row = mapper.toRow(changed, stored.version() + 1);
        // assignments first: the triggers judge them by the status the decision has before this change
        Set<Assignment.Key> kept = new HashSet<>();
        changed.assignments().forEach(a -> kept.add(a.key()));
        dao.deleteAssignments(stored.assignments().stream().filter(a -> !kept.contains(a.key()))
                .map(a -> mapper.toRow(id, a)).toList());
        dao.upsertAssignments(changed.assignments().stream()
                .filter(a -> stored.assignment(a.key()).filter(a::equals).isEmpty())
                .map(a -> mapper.toRow(id, a)).toList());
        if (dao.update(row, stored.version()) != 1) {
            throw new StaleVersionException("decision " + stored.id(), stored.version(), stored.version() + 1);
        }
        return mapper.toDecision(row, changed.assignments());
    }

    Decision load(DecisionDao dao, DecisionRow row) {
        List<Assignment> assignments = dao.assignments(row.id()).stream().map(mapper::toAssignment).toList();
        return mapper.toDecision(row, assignments);
    }

    private static RuntimeException translate(JdbiException e, Decision d) {
        String state = JdbiStorage.sqlState(e).orElse("");
        if (NOT_EDITABLE.equals(state)) {
            return new DecisionNotEditableException(d.id(), DecisionStatus.ISSUED);
        }
        if (FOREIGN_KEY_VIOLATION.equals(state)) {
            return new IllegalArgumentException("decision " + d.id() + " names a unit or an indicator that is not stored",
                    e);
        }
        return e;
    }
}
