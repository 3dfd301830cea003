package vn.chitieu.persistence.jdbi;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
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
import vn.chitieu.decision.DecisionLifecycleException;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.decision.DecisionTexts;
import vn.chitieu.port.out.DecisionFilter;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.unit.UnitCode;

/**
 * Decisions in PostgreSQL. A change locks the decision's row ({@code SELECT … FOR UPDATE}), checks
 * the version it was made from, then writes the row with the next version, the assignments and
 * the audit entries in one transaction; triggers refuse any change to an issued decision.
 */
public final class JdbiDecisions implements Decisions {

    /** The first key of the advisory lock that orders the issues of one year (the second is the year). */
    private static final int ISSUE_LOCK_SPACE = 0x43540001;


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
        return jdbi.withExtension(DecisionDao.class, dao -> dao.find(id.value()).map(row -> load(dao, row)));
    }

    @Override
    public List<Decision> findByYear(int year) {
        return loaded(dao -> dao.findByYear(year));
    }

    @Override
    public List<Decision> all() {
        return loaded(DecisionDao::all);
    }

    @Override
    public List<Decision> find(DecisionFilter filter) {
        return loaded(dao -> dao.find(filter.year(), mapper.code(filter.issuer()),
                filter.status() == null ? null : filter.status().name(), filter.issuers() != null, issuers(filter),
                filter.offset(), filter.limit()));
    }

    @Override
    public int count(DecisionFilter filter) {
        return jdbi.withExtension(DecisionDao.class, dao -> dao.count(filter.year(), mapper.code(filter.issuer()),
                filter.status() == null ? null : filter.status().name(), filter.issuers() != null, issuers(filter)));
    }

    @Override
    public List<Decision> findByNumber(String number) {
        String key = DecisionTexts.numberKey(number);
        return loaded(dao -> dao.numbered().stream().filter(r -> DecisionTexts.numberKey(r.number()).equals(key))
                .toList());
    }

    /** The decisions of the rows that {@code rows} reads, each loaded on the same handle. */
    private List<Decision> loaded(Function<DecisionDao, List<DecisionRow>> rows) {
        return jdbi.withExtension(DecisionDao.class,
                dao -> rows.apply(dao).stream().map(row -> load(dao, row)).toList());
    }

    private static String[] issuers(DecisionFilter filter) {
        return filter.issuers() == null ? new String[0]
                : filter.issuers().stream().map(UnitCode::value).toArray(String[]::new);
    }

    @Override
    public Decision issue(Decision issued, long expectedVersion, Decision replaced, long replacedVersion, Actor actor,
            String reason, Runnable check) {
        try {
            return jdbi.inTransaction(h -> {
                // one issue of a year at a time, until this transaction ends; the check then sees every
                // decision issued before it (it reads committed rows on its own connections)
                h.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:space, :year)) AS locked")
                        .bind("space", ISSUE_LOCK_SPACE).bind("year", issued.year()).mapTo(Integer.class).one();
                check.run();
                DecisionDao dao = h.attach(DecisionDao.class);
                // rows locked in id order, so that two issues touching the same pair never deadlock
                java.util.Map<UUID, DecisionRow> rows = new java.util.HashMap<>();
                Stream.of(issued, replaced).filter(Objects::nonNull).map(d -> d.id().value()).sorted()
                        .forEach(id -> rows.put(id, dao.findForUpdate(id)
                                .orElseThrow(() -> new DecisionNotFoundException(new DecisionId(id)))));
                List<vn.chitieu.audit.PendingAudit> audits = new java.util.ArrayList<>();
                if (replaced != null) {
                    DecisionRow oldRow = rows.get(replaced.id().value());
                    if (oldRow.version() != replacedVersion) {
                        throw new StaleVersionException("decision " + replaced.id(), replacedVersion, oldRow.version());
                    }
                    if (!DecisionStatus.ISSUED.name().equals(oldRow.status())) {
                        throw new DecisionLifecycleException("decision " + replaced.id() + " is " + oldRow.status()
                                + ": only an ISSUED decision can be amended or superseded");
                    }
                    Decision old = load(dao, oldRow);
                    if (dao.update(mapper.toRow(replaced, replacedVersion + 1), replacedVersion) != 1) {
                        throw new StaleVersionException("decision " + replaced.id(), replacedVersion, replacedVersion + 1);
                    }
                    audits.addAll(DecisionChanges.between(old, replaced.atVersion(replacedVersion + 1), reason));
                }
                Decision stored = editable(dao, rows.get(issued.id().value()), issued, expectedVersion);
                Decision next = replace(h, stored, issued);
                audits.addAll(0, DecisionChanges.between(stored, next, reason));
                h.attach(AuditDao.class).insert(actor.name(), audits);
                return next;
            });
        } catch (JdbiException e) {
            throw translate(e, issued);
        }
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
                Decision stored = editable(dao, row, changed, expectedVersion);
                Decision next = replace(h, stored, changed);
                h.attach(AuditDao.class).insert(actor.name(), DecisionChanges.between(stored, next, reason));
                return next;
            });
        } catch (JdbiException e) {
            throw translate(e, changed);
        }
    }

    /** The decision stored in {@code row} (locked), when it is at {@code expectedVersion} and still editable. */
    private Decision editable(DecisionDao dao, DecisionRow row, Decision changed, long expectedVersion) {
        if (row.version() != expectedVersion) {
            throw new StaleVersionException("decision " + changed.id(), expectedVersion, row.version());
        }
        Decision stored = load(dao, row);
        if (!stored.status().isEditable()) {
            throw new DecisionNotEditableException(stored.id(), stored.status());
        }
        return stored;
    }

    Decision insert(Handle h, Decision decision) {
        DecisionDao dao = h.attach(DecisionDao.class);
        dao.insert(mapper.toRow(decision, 0));
        UUID id = decision.id().value();
        dao.upsertAssignments(decision.assignments().stream().map(a -> mapper.toRow(id, a)).toList());
        writeDetails(dao, id, decision.details());
        return decision.atVersion(0);
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
        if (!sameDetails(stored.details(), changed.details())) {
            dao.deleteLegalBases(id);
            dao.deleteTasks(id);
            dao.deleteGroupAssignments(id);
            writeDetails(dao, id, changed.details());
        }
        if (dao.update(row, stored.version()) != 1) {
            throw new StaleVersionException("decision " + stored.id(), stored.version(), stored.version() + 1);
        }
        return changed.atVersion(stored.version() + 1);
    }

    private void writeDetails(DecisionDao dao, UUID id, Decision.Details d) {
        if (!d.legalBases().isEmpty()) {
            dao.insertLegalBases(mapper.legalBaseRows(id, d.legalBases()));
        }
        if (!d.tasks().isEmpty()) {
            dao.insertTasks(mapper.taskRows(id, d.tasks()));
        }
        if (!d.groupAssignments().isEmpty()) {
            dao.insertGroupAssignments(d.groupAssignments().stream().map(g -> mapper.toRow(id, g)).toList());
        }
    }

    private static boolean sameDetails(Decision.Details a, Decision.Details b) {
        return a.legalBases().equals(b.legalBases()) && a.tasks().equals(b.tasks())
                && a.groupAssignments().equals(b.groupAssignments());
    }

    Decision load(DecisionDao dao, DecisionRow row) {
        List<Assignment> assignments = dao.assignments(row.id()).stream().map(mapper::toAssignment).toList();
        Decision.Details details = new Decision.Details(
                dao.legalBases(row.id()).stream().map(mapper::toReference).toList(),
                dao.tasks(row.id()).stream().map(mapper::toTask).toList(),
                dao.groupAssignments(row.id()).stream().map(mapper::toGroupAssignment).toList(), null, null);
        return mapper.toDecision(row, assignments, details);
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
