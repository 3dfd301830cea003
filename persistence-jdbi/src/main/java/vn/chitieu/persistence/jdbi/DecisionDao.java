package vn.chitieu.persistence.jdbi;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL of decisions and their assignments. */
@RegisterConstructorMapper(DecisionRow.class)
@RegisterConstructorMapper(AssignmentRow.class)
@RegisterConstructorMapper(DecisionDetailRows.LegalBaseRow.class)
@RegisterConstructorMapper(DecisionDetailRows.TaskRow.class)
@RegisterConstructorMapper(DecisionDetailRows.GroupAssignmentRow.class)
public interface DecisionDao {

    String DECISION_COLUMNS = "id, number, issuer, year, title, signer, signed_on, status, version, amends, supersedes";
    String ASSIGNMENT_COLUMNS = "decision_id, unit, indicator, period, target, baseline, baseline_period, procedures,"
            + " lead_unit, coordinating_unit, reason, unit_of_measure, lead_unit_name, coordinating_unit_name,"
            + " legal_basis";

    @SqlQuery("SELECT " + DECISION_COLUMNS + " FROM decisions WHERE id = :id")
    Optional<DecisionRow> find(@Bind("id") UUID id);

    /** Locks the row until the transaction ends: concurrent changes of one decision queue here and then see the new version. */
    @SqlQuery("SELECT " + DECISION_COLUMNS + " FROM decisions WHERE id = :id FOR UPDATE")
    Optional<DecisionRow> findForUpdate(@Bind("id") UUID id);

    @SqlQuery("SELECT " + DECISION_COLUMNS + " FROM decisions WHERE year = :year ORDER BY seq")
    List<DecisionRow> findByYear(@Bind("year") int year);

    @SqlQuery("SELECT " + DECISION_COLUMNS + " FROM decisions ORDER BY seq")
    List<DecisionRow> all();

    @SqlQuery("SELECT " + DECISION_COLUMNS + " FROM decisions WHERE issuer = :issuer AND year = :year"
            + " AND status = 'DRAFT' ORDER BY seq DESC LIMIT 1 FOR UPDATE")
    Optional<DecisionRow> latestDraftForUpdate(@Bind("issuer") String issuer, @Bind("year") int year);

    @SqlUpdate("""
            INSERT INTO decisions (id, number, issuer, year, title, signer, signed_on, status, version, amends, supersedes)
            VALUES (:id, :number, :issuer, :year, :title, :signer, :signedOn, :status, :version, :amends, :supersedes)
            """)
    void insert(@BindMethods DecisionRow row);

    @SqlUpdate("""
            UPDATE decisions
               SET number = :number, issuer = :issuer, year = :year, title = :title, signer = :signer,
                   signed_on = :signedOn, status = :status, version = :version, amends = :amends,
                   supersedes = :supersedes
             WHERE id = :id AND version = :expected
            """)
    int update(@BindMethods DecisionRow row, @Bind("expected") long expectedVersion);

    @SqlQuery("SELECT " + ASSIGNMENT_COLUMNS + " FROM assignments WHERE decision_id = :id ORDER BY seq")
    List<AssignmentRow> assignments(@Bind("id") UUID decisionId);

    @SqlBatch("""
            INSERT INTO assignments (decision_id, unit, indicator, period, target, baseline, baseline_period,
                                     procedures, lead_unit, coordinating_unit, reason, unit_of_measure, lead_unit_name,
                                     coordinating_unit_name, legal_basis)
            VALUES (:decisionId, :unit, :indicator, :period, :target, :baseline, :baselinePeriod,
                    :procedures, :leadUnit, :coordinatingUnit, :reason, :unitOfMeasure, :leadUnitName,
                    :coordinatingUnitName, :legalBasis)
            ON CONFLICT (decision_id, unit, indicator, period) DO UPDATE
               SET target = excluded.target, baseline = excluded.baseline, baseline_period = excluded.baseline_period,
                   procedures = excluded.procedures, lead_unit = excluded.lead_unit,
                   coordinating_unit = excluded.coordinating_unit, reason = excluded.reason,
                   unit_of_measure = excluded.unit_of_measure, lead_unit_name = excluded.lead_unit_name,
                   coordinating_unit_name = excluded.coordinating_unit_name, legal_basis = excluded.legal_basis
            """)
    void upsertAssignments(@BindMethods List<AssignmentRow> rows);

    @SqlBatch("""
            DELETE FROM assignments
             WHERE decision_id = :decisionId AND unit = :unit AND indicator = :indicator AND period = :period
            """)
    void deleteAssignments(@BindMethods List<AssignmentRow> rows);

    /** Every numbered decision: few per issuer and year; the number is compared in Java, as the domain compares it. */
    @SqlQuery("SELECT " + DECISION_COLUMNS + " FROM decisions WHERE number IS NOT NULL ORDER BY seq")
    List<DecisionRow> numbered();

    /** The decisions that a {@code DecisionFilter} lets through. */
    String FILTERED = " WHERE (CAST(:year AS integer) IS NULL OR year = :year)"
            + " AND (CAST(:issuer AS text) IS NULL OR issuer = :issuer)"
            + " AND (CAST(:status AS text) IS NULL OR status = :status)"
            + " AND (NOT :scoped OR issuer = ANY(:issuers))";

    @SqlQuery("SELECT " + DECISION_COLUMNS + " FROM decisions" + FILTERED + " ORDER BY seq OFFSET :offset LIMIT :limit")
    List<DecisionRow> find(@Bind("year") Integer year, @Bind("issuer") String issuer, @Bind("status") String status,
            @Bind("scoped") boolean scoped, @Bind("issuers") String[] issuers, @Bind("offset") int offset,
            @Bind("limit") int limit);

    @SqlQuery("SELECT count(*) FROM decisions" + FILTERED)
    int count(@Bind("year") Integer year, @Bind("issuer") String issuer, @Bind("status") String status,
            @Bind("scoped") boolean scoped, @Bind("issuers") String[] issuers);

    @SqlQuery("SELECT decision_id, position, number, date, issuer, title, linked_decision FROM decision_legal_bases"
            + " WHERE decision_id = :id ORDER BY position")
    List<DecisionDetailRows.LegalBaseRow> legalBases(@Bind("id") UUID decisionId);

    @SqlQuery("SELECT decision_id, position, text, unit, group_label, group_kinds, group_issuer, deadline"
            + " FROM decision_tasks WHERE decision_id = :id ORDER BY position")
    List<DecisionDetailRows.TaskRow> tasks(@Bind("id") UUID decisionId);

    @SqlQuery("SELECT decision_id, group_label, group_kinds, group_issuer, indicator, period, target, unit_of_measure,"
            + " lead_unit, lead_unit_name, coordinating_unit, coordinating_unit_name, legal_basis, reason"
            + " FROM group_assignments WHERE decision_id = :id ORDER BY seq")
    List<DecisionDetailRows.GroupAssignmentRow> groupAssignments(@Bind("id") UUID decisionId);

    @SqlUpdate("DELETE FROM decision_legal_bases WHERE decision_id = :id")
    void deleteLegalBases(@Bind("id") UUID decisionId);

    @SqlUpdate("DELETE FROM decision_tasks WHERE decision_id = :id")
    void deleteTasks(@Bind("id") UUID decisionId);

    @SqlUpdate("DELETE FROM group_assignments WHERE decision_id = :id")
    void deleteGroupAssignments(@Bind("id") UUID decisionId);

    @SqlBatch("""
            INSERT INTO decision_legal_bases (decision_id, position, number, date, issuer, title, linked_decision)
            VALUES (:decisionId, :position, :number, :date, :issuer, :title, :linkedDecision)
            """)
    void insertLegalBases(@BindMethods List<DecisionDetailRows.LegalBaseRow> rows);

    @SqlBatch("""
            INSERT INTO decision_tasks (decision_id, position, text, unit, group_label, group_kinds, group_issuer,
                                        deadline)
            VALUES (:decisionId, :position, :text, :unit, :groupLabel, :groupKinds, :groupIssuer, :deadline)
            """)
    void insertTasks(@BindMethods List<DecisionDetailRows.TaskRow> rows);

    @SqlBatch("""
            INSERT INTO group_assignments (decision_id, group_label, group_kinds, group_issuer, indicator, period,
                                           target, unit_of_measure, lead_unit, lead_unit_name, coordinating_unit,
                                           coordinating_unit_name, legal_basis, reason)
            VALUES (:decisionId, :groupLabel, :groupKinds, :groupIssuer, :indicator, :period, :target,
                    :unitOfMeasure, :leadUnit, :leadUnitName, :coordinatingUnit, :coordinatingUnitName,
                    :legalBasis, :reason)
            """)
    void insertGroupAssignments(@BindMethods List<DecisionDetailRows.GroupAssignmentRow> rows);
}
