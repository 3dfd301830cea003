package vn.chitieu.persistence.jdbi;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * SQL of results. An import streams the file into a temporary table ({@code COPY}), checks it
 * there, and merges it with one {@code INSERT … ON CONFLICT DO UPDATE … WHERE changed}: all inside
 * the caller's transaction, so that nothing of a batch is visible before it commits.
 */
@RegisterConstructorMapper(ResultRow.class)
@RegisterConstructorMapper(ResultDao.DuplicateLine.class)
@RegisterConstructorMapper(ResultDao.UnknownCode.class)
@RegisterConstructorMapper(ResultDao.MergeCounts.class)
public interface ResultDao {

    String COLUMNS = "unit, indicator, period, numerator, denominator, rate, procedures, received, resolved, on_time,"
            + " late, stated_on_time_rate, stated_late_rate";
    String VALUE_COLUMNS = "numerator, denominator, rate, procedures, received, resolved, on_time, late,"
            + " stated_on_time_rate, stated_late_rate";

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

    @SqlUpdate("""
            CREATE TEMPORARY TABLE import_results (
                line integer NOT NULL, unit text NOT NULL, indicator text NOT NULL, period text NOT NULL,
                numerator bigint, denominator bigint, rate numeric, procedures integer,
                received bigint, resolved bigint, on_time bigint, late bigint,
                stated_on_time_rate numeric, stated_late_rate numeric
            ) ON COMMIT DROP
            """)
    void createStaging();

    String COPY_STAGING = "COPY import_results (line, " + COLUMNS + ") FROM STDIN";

    /** Rows whose key appears on an earlier line too, with that first line. */
    @SqlQuery("""
            SELECT s.line, f.first_line, s.unit, s.indicator, s.period
              FROM import_results s
              JOIN (SELECT unit, indicator, period, min(line) AS first_line FROM import_results
                     GROUP BY unit, indicator, period HAVING count(*) > 1) f USING (unit, indicator, period)
             WHERE s.line <> f.first_line
             ORDER BY s.line
            """)
    List<DuplicateLine> duplicates();

    @SqlQuery("SELECT line, unit AS code FROM import_results s WHERE NOT EXISTS (SELECT 1 FROM units u WHERE u.code = s.unit)"
            + " ORDER BY line")
    List<UnknownCode> unknownUnits();

    @SqlQuery("SELECT line, indicator AS code FROM import_results s"
            + " WHERE NOT EXISTS (SELECT 1 FROM indicators i WHERE i.code = s.indicator) ORDER BY line")
    List<UnknownCode> unknownIndicators();

    String CHANGED = """
             FROM import_results s JOIN results r USING (unit, indicator, period)
            WHERE (r.numerator, r.denominator, r.rate, r.procedures, r.received, r.resolved, r.on_time, r.late,
                   r.stated_on_time_rate, r.stated_late_rate)
                  IS DISTINCT FROM
                  (s.numerator, s.denominator, s.rate, s.procedures, s.received, s.resolved, s.on_time, s.late,
                   s.stated_on_time_rate, s.stated_late_rate)
            ORDER BY s.line
            """;

    /** The stored rows that the staged file changes, as stored (for the audit log); in file order. */
    @SqlQuery("SELECT r.unit, r.indicator, r.period, r.numerator, r.denominator, r.rate, r.procedures, r.received,"
            + " r.resolved, r.on_time, r.late, r.stated_on_time_rate, r.stated_late_rate" + CHANGED)
    List<ResultRow> changedBefore();

    /** The same rows as the file gives them; in file order. */
    @SqlQuery("SELECT s.unit, s.indicator, s.period, s.numerator, s.denominator, s.rate, s.procedures, s.received,"
            + " s.resolved, s.on_time, s.late, s.stated_on_time_rate, s.stated_late_rate" + CHANGED)
    List<ResultRow> changedAfter();

    /** Merges the staged rows; answers [inserted, updated]. Unchanged rows are not written at all. */
    @SqlQuery("""
            WITH merged AS (
                INSERT INTO results (unit, indicator, period, numerator, denominator, rate, procedures, received,
                                     resolved, on_time, late, stated_on_time_rate, stated_late_rate, batch_id)
                SELECT unit, indicator, period, numerator, denominator, rate, procedures, received,
                       resolved, on_time, late, stated_on_time_rate, stated_late_rate, :batch
                  FROM import_results
                ON CONFLICT (unit, indicator, period) DO UPDATE
                   SET numerator = excluded.numerator, denominator = excluded.denominator, rate = excluded.rate,
                       procedures = excluded.procedures, received = excluded.received, resolved = excluded.resolved,
                       on_time = excluded.on_time, late = excluded.late,
                       stated_on_time_rate = excluded.stated_on_time_rate, stated_late_rate = excluded.stated_late_rate,
                       batch_id = excluded.batch_id
                 WHERE (results.numerator, results.denominator, results.rate, results.procedures, results.received,
                        results.resolved, results.on_time, results.late, results.stated_on_time_rate,
                        results.stated_late_rate)
                       IS DISTINCT FROM
                       (excluded.numerator, excluded.denominator, excluded.rate, excluded.procedures, excluded.received,
                        excluded.resolved, excluded.on_time, excluded.late, excluded.stated_on_time_rate,
                        excluded.stated_late_rate)
                RETURNING (xmax = 0) AS inserted
            )
            SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated
              FROM merged
            """)
    MergeCounts merge(@Bind("batch") long batch);

    /** A line of the file whose key an earlier line already gave. */
    record DuplicateLine(int line, int firstLine, String unit, String indicator, String period) {
    }

    /** A line of the file naming a unit or an indicator that is not stored. */
    record UnknownCode(int line, String code) {
    }

    /** What the merge did. */
    record MergeCounts(long inserted, long updated) {
    }
}
