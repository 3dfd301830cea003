package vn.chitieu.persistence.jdbi;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * SQL of results. An import asks which of the file's distinct codes are unknown, streams the file
 * into a staging table ({@code COPY}), reads and updates the stored rows it changes and inserts the
 * new ones: all inside the caller's transaction, so that nothing of a batch is visible before it
 * commits. Imports run one at a time (a lock on {@code results}), so the counts are exact.
 */
@RegisterConstructorMapper(ResultRow.class)
@RegisterConstructorMapper(ChangedResultRow.class)
public interface ResultDao {

    String COLUMNS = "unit, indicator, period, numerator, denominator, rate, procedures, received, resolved, on_time,"
            + " late, stated_on_time_rate, stated_late_rate";

    @SqlQuery("SELECT " + COLUMNS + " FROM results WHERE indicator = :indicator AND period = :period"
            + " ORDER BY unit COLLATE \"C\"")
    List<ResultRow> find(@Bind("indicator") String indicator, @Bind("period") String period);

    @SqlQuery("SELECT " + COLUMNS + " FROM results"
            + " ORDER BY indicator COLLATE \"C\", period COLLATE \"C\", unit COLLATE \"C\"")
    List<ResultRow> all();

    /** Result imports run one at a time, so that their counts are exact; readers are not blocked. */
    @SqlUpdate("LOCK TABLE results IN SHARE ROW EXCLUSIVE MODE")
    void lockForImport();

    @SqlUpdate("SET LOCAL work_mem = '256MB'")
    void roomToSort();

    /**
     * The staging table, created inside the import's transaction (so a rolled-back or killed import
     * leaves none) and dropped before it commits. Unlogged: it never needs to survive a crash.
     */
    @SqlUpdate("""
            CREATE UNLOGGED TABLE import_results (
                line integer NOT NULL, unit text NOT NULL, indicator text NOT NULL, period text NOT NULL,
                numerator bigint, denominator bigint, rate numeric, procedures integer,
                received bigint, resolved bigint, on_time bigint, late bigint,
                stated_on_time_rate numeric, stated_late_rate numeric
            )
            """)
    void createStaging();

    @SqlUpdate("ANALYZE import_results")
    void analyzeStaging();

    @SqlUpdate("DROP TABLE import_results")
    void dropStaging();

    /** Units and indicators cannot change while an import that checked its references against them runs. */
    @SqlUpdate("LOCK TABLE units, indicators IN SHARE MODE")
    void lockReferences();

    @SqlQuery("SELECT current_setting('is_superuser') = 'on'")
    boolean mayBypassTriggers();

    @SqlUpdate("SET LOCAL session_replication_role = replica")
    void referencesAlreadyChecked();

    @SqlUpdate("SET LOCAL session_replication_role = origin")
    void checkReferencesAgain();

    String COPY_COUNTS = "COPY import_results (line, unit, indicator, period, numerator, denominator, rate, procedures)"
            + " FROM STDIN";
    String COPY_ALL = "COPY import_results (line, " + COLUMNS + ") FROM STDIN";

    /** Of the given unit codes, those not stored. */
    @SqlQuery("SELECT c FROM unnest(CAST(:codes AS text[])) AS c"
            + " WHERE NOT EXISTS (SELECT 1 FROM units u WHERE u.code = c)")
    List<String> unknownUnits(@Bind("codes") String[] codes);

    /** Of the given indicator codes, those not stored. */
    @SqlQuery("SELECT c FROM unnest(CAST(:codes AS text[])) AS c"
            + " WHERE NOT EXISTS (SELECT 1 FROM indicators i WHERE i.code = c)")
    List<String> unknownIndicators(@Bind("codes") String[] codes);

    /** A staged row {@code s} whose values differ from the stored {@code r} (numerics compared by value). */
    String DIFFERS = """
             (r.numerator, r.denominator, r.rate, r.procedures, r.received, r.resolved, r.on_time, r.late,
              r.stated_on_time_rate, r.stated_late_rate)
             IS DISTINCT FROM
             (s.numerator, s.denominator, s.rate, s.procedures, s.received, s.resolved, s.on_time, s.late,
              s.stated_on_time_rate, s.stated_late_rate)
            """;

    /**
     * The stored rows that the staged file changes, each as stored and as the file gives it (for the
     * audit log); in file order. One join, before the update.
     */
    @SqlQuery("""
            SELECT r.unit AS old_unit, r.indicator AS old_indicator, r.period AS old_period,
                   r.numerator AS old_numerator, r.denominator AS old_denominator, r.rate AS old_rate,
                   r.procedures AS old_procedures, r.received AS old_received, r.resolved AS old_resolved,
                   r.on_time AS old_on_time, r.late AS old_late, r.stated_on_time_rate AS old_stated_on_time_rate,
                   r.stated_late_rate AS old_stated_late_rate,
                   s.unit AS new_unit, s.indicator AS new_indicator, s.period AS new_period,
                   s.numerator AS new_numerator, s.denominator AS new_denominator, s.rate AS new_rate,
                   s.procedures AS new_procedures, s.received AS new_received, s.resolved AS new_resolved,
                   s.on_time AS new_on_time, s.late AS new_late, s.stated_on_time_rate AS new_stated_on_time_rate,
                   s.stated_late_rate AS new_stated_late_rate
              FROM import_results s JOIN results r USING (unit, indicator, period)
             WHERE""" + DIFFERS + " ORDER BY s.line")
    List<ChangedResultRow> changed();

    /** How many staged rows have a key that is stored already. */
    @SqlQuery("SELECT count(*) FROM import_results s JOIN results r USING (unit, indicator, period)")
    long alreadyStored();

    /** Writes the new values of the stored rows the file changes; answers how many. */
    @SqlUpdate("""
            UPDATE results r
               SET numerator = s.numerator, denominator = s.denominator, rate = s.rate, procedures = s.procedures,
                   received = s.received, resolved = s.resolved, on_time = s.on_time, late = s.late,
                   stated_on_time_rate = s.stated_on_time_rate, stated_late_rate = s.stated_late_rate,
                   batch_id = :batch
              FROM import_results s
             WHERE r.unit = s.unit AND r.indicator = s.indicator AND r.period = s.period
               AND""" + DIFFERS)
    int updateChanged(@Bind("batch") long batch);

    String INSERT_STAGED = """
            INSERT INTO results (unit, indicator, period, numerator, denominator, rate, procedures, received,
                                 resolved, on_time, late, stated_on_time_rate, stated_late_rate, batch_id)
            SELECT s.unit, s.indicator, s.period, s.numerator, s.denominator, s.rate, s.procedures, s.received,
                   s.resolved, s.on_time, s.late, s.stated_on_time_rate, s.stated_late_rate, :batch
              FROM import_results s
            """;

    /**
     * Inserts every staged row, when none of their keys is stored yet (counted above, under the
     * lock); answers how many. The staging table was filled in key order and is read in that order,
     * so the primary key's index is filled from left to right without a sort.
     */
    @SqlUpdate(INSERT_STAGED)
    int insertAll(@Bind("batch") long batch);

    /** Inserts the staged rows whose key is not stored yet; answers how many. */
    @SqlUpdate(INSERT_STAGED + """
             WHERE NOT EXISTS (SELECT 1 FROM results r
                                WHERE r.unit = s.unit AND r.indicator = s.indicator AND r.period = s.period)
             ORDER BY s.unit, s.indicator, s.period
            """)
    int insertNew(@Bind("batch") long batch);
}
