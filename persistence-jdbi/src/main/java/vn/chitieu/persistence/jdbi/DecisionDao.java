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
public interface DecisionDao {

    String DECISION_COLUMNS = "id, number, issuer, year, title, signer, signed_on, status, version";
    String ASSIGNMENT_COLUMNS = "decision_id, unit, indicator, period, target, baseline, baseline_period, procedures,"
            + " lead_unit, coordinating_unit, reason";

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
            INSERT INTO decisions (id, number, issuer, year, title, signer, signed_on, status, version)
            VALUES (:id, :number, :issuer, :year, :title, :signer, :signedOn, :status, :version)
            """)
    void insert(@BindMethods DecisionRow row);

    @SqlUpdate("""
            UPDATE decisions
               SET number = :number, issuer = :issuer, year = :year, title = :title, signer = :signer,
                   signed_on = :signedOn, status = :status, version = :version
             WHERE id = :id AND version = :expected
            """)
    int update(@BindMethods DecisionRow row, @Bind("expected") long expectedVersion);

    @SqlQuery("SELECT " + ASSIGNMENT_COLUMNS + " FROM assignments WHERE decision_id = :id ORDER BY seq")
    List<AssignmentRow> assignments(@Bind("id") UUID decisionId);

    @SqlBatch("""
            INSERT INTO assignments (decision_id, unit, indicator, period, target, baseline, baseline_period,
                                     procedures, lead_unit, coordinating_unit, reason)
            VALUES (:decisionId, :unit, :indicator, :period, :target, :baseline, :baselinePeriod,
                    :procedures, :leadUnit, :coordinatingUnit, :reason)
            ON CONFLICT (decision_id, unit, indicator, period) DO UPDATE
               SET target = excluded.target, baseline = excluded.baseline, baseline_period = excluded.baseline_period,
                   procedures = excluded.procedures, lead_unit = excluded.lead_unit,
                   coordinating_unit = excluded.coordinating_unit, reason = excluded.reason
            """)
    void upsertAssignments(@BindMethods List<AssignmentRow> rows);

    @SqlBatch("""
            DELETE FROM assignments
             WHERE decision_id = :decisionId AND unit = :unit AND indicator = :indicator AND period = :period
            """)
    void deleteAssignments(@BindMethods List<AssignmentRow> rows);
}
