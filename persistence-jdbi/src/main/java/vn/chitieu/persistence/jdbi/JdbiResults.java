package vn.chitieu.persistence.jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.AuditValues;
import vn.chitieu.common.InputProblem;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.persistence.ImportProblems;
import vn.chitieu.persistence.PendingAudit;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.port.out.ImportKind;
import vn.chitieu.port.out.ImportLine;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.port.out.Results;
import vn.chitieu.result.Result;

/**
 * Results in PostgreSQL. An import is one transaction: {@code COPY} of the file into a staging
 * table, the checks as set queries there (every bad line listed), then the changed rows updated
 * and the new ones inserted. A process killed
 * in the middle leaves an open transaction that PostgreSQL rolls back: no partial batch is ever
 * visible.
 */
public final class JdbiResults implements Results {

    private static final int CHUNK = 1 << 16;
    private static final Logger LOG = LoggerFactory.getLogger(JdbiResults.class);

    private final Jdbi jdbi;
    private final StorageMapper mapper;

    JdbiResults(Jdbi jdbi, StorageMapper mapper) {
        this.jdbi = jdbi;
        this.mapper = mapper;
    }

    @Override
    public List<Result> find(IndicatorCode indicator, Period period) {
        return jdbi.withExtension(ResultDao.class, dao -> dao.find(indicator.value(), period.toString())).stream()
                .map(mapper::toResult).toList();
    }

    @Override
    public List<Result> all() {
        return jdbi.withExtension(ResultDao.class, ResultDao::all).stream().map(mapper::toResult).toList();
    }

    @Override
    public ImportSummary importResults(ImportFile<Result> file, ImportOptions options) {
        return jdbi.inTransaction(h -> {
            Steps steps = new Steps(file.name());
            ResultDao dao = h.attach(ResultDao.class);
            dao.lockForImport();
            dao.lockReferences();
            dao.roomToSort();
            dao.createStaging();
            copy(h, file, options);
            dao.analyzeStaging();
            steps.done("copy to staging");
            List<InputProblem> problems = problems(dao, file.name());
            steps.done("checks");
            if (!problems.isEmpty()) {
                h.rollback();
                return ImportSummary.refused(problems, options.dryRun());
            }
            List<ResultRow> before = dao.changedBefore();
            List<ResultRow> after = dao.changedAfter();
            steps.done("changed rows for the audit");
            AuditDao audit = h.attach(AuditDao.class);
            long batch = audit.insertBatch(ImportKind.RESULTS.name(), file.name(), options.actor().name(), 0, 0, 0);
            long updated = dao.updateChanged(batch);
            steps.done("update changed");
            long inserted = insertNew(dao, batch);
            steps.done("insert new");
            long unchanged = file.size() - inserted - updated;
            ImportSummary summary = ImportSummary.counted(inserted, updated, unchanged, options.dryRun());
            if (options.dryRun() || !summary.changesSomething()) {
                h.rollback();
                return summary;
            }
            dao.dropStaging();
            audit.countBatch(batch, inserted, updated, unchanged);
            List<PendingAudit> audits = new ArrayList<>();
            audits.add(new PendingAudit(AuditAction.RESULTS_IMPORTED, "import/" + file.name(), null,
                    "inserted=" + inserted + "; updated=" + updated + "; unchanged=" + unchanged, options.reason()));
            for (int i = 0; i < before.size(); i++) {
                Result old = mapper.toResult(before.get(i));
                Result now = mapper.toResult(after.get(i));
                audits.add(new PendingAudit(AuditAction.RESULT_CHANGED, AuditValues.subject(now.key()),
                        AuditValues.of(old), AuditValues.of(now), options.reason()));
            }
            audit.insert(options.actor().name(), audits);
            steps.done("audit");
            return summary;
        });
    }

    /** Times the steps of an import, for the DEBUG log. */
    private static final class Steps {
        private final String file;
        private long at = System.nanoTime();

        Steps(String file) {
            this.file = file;
        }

        void done(String step) {
            long now = System.nanoTime();
            LOG.debug("import of {}: {} took {} ms", file, step, (now - at) / 1_000_000);
            at = now;
        }
    }

    /**
     * Inserts the new rows. Their units and indicators were checked above with set queries, under a
     * SHARE lock that keeps both tables as checked until commit: that is the foreign keys' check,
     * done once for the batch. When the database lets us (a superuser, as the embedded default is),
     * the per-row foreign-key triggers are skipped for this one statement only (a million rows
     * otherwise spend most of their time there); every other writer is still checked row by row.
     */
    private static long insertNew(ResultDao dao, long batch) {
        if (!dao.mayBypassTriggers()) {
            return dao.insertNew(batch);
        }
        dao.referencesAlreadyChecked();
        long inserted = dao.insertNew(batch);
        dao.checkReferencesAgain();
        return inserted;
    }

    private static List<InputProblem> problems(ResultDao dao, String file) {
        List<InputProblem> problems = new ArrayList<>();
        for (ResultDao.DuplicateLine d : dao.duplicates()) {
            problems.add(ImportProblems.duplicate(file, d.line(), d.firstLine(),
                    "Key[unit=" + d.unit() + ", indicator=" + d.indicator() + ", period=" + d.period() + "]"));
        }
        dao.unknownUnits().forEach(u -> problems.add(ImportProblems.unknownUnit(file, u.line(), "unit", u.code())));
        dao.unknownIndicators().forEach(u -> problems.add(ImportProblems.unknownIndicator(file, u.line(), u.code())));
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return problems;
    }

    /** Streams the file into the temporary table in PostgreSQL's text format (codes never hold tabs or backslashes). */
    private static void copy(Handle h, ImportFile<Result> file, ImportOptions options) {
        try {
            copyOrFail(h, file, options);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyOrFail(Handle h, ImportFile<Result> file, ImportOptions options)
            throws SQLException, IOException {
        boolean details = file.lines().stream().anyMatch(l -> l.value().detail() != null);
        CopyIn in = h.getConnection().unwrap(PGConnection.class).getCopyAPI()
                .copyIn(details ? ResultDao.COPY_ALL : ResultDao.COPY_COUNTS);
        try {
            StringBuilder s = new StringBuilder(CHUNK + 512);
            Map<Period, String> periods = new HashMap<>();
            long done = 0;
            for (ImportLine<Result> line : file.lines()) {
                append(s, line, details, periods);
                done++;
                if (s.length() >= CHUNK) {
                    byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    s.setLength(0);
                    options.progress().rowsDone(done);
                }
            }
            byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
            options.progress().rowsDone(done);
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static void append(StringBuilder s, ImportLine<Result> line, boolean details, Map<Period, String> periods) {
        Result r = line.value();
        s.append(line.line()).append('\t').append(r.unit().value()).append('\t').append(r.indicator().value())
                .append('\t').append(periods.computeIfAbsent(r.period(), Period::toString)).append('\t');
        value(s, r.numerator()).append('\t');
        value(s, r.denominator()).append('\t');
        value(s, r.rate()).append('\t');
        value(s, r.procedures());
        if (!details) {
            s.append('\n');
            return;
        }
        s.append('\t');
        var d = r.detail();
        value(s, d == null ? null : d.received()).append('\t');
        value(s, d == null ? null : d.resolved()).append('\t');
        value(s, d == null ? null : d.onTime()).append('\t');
        value(s, d == null ? null : d.late()).append('\t');
        value(s, d == null ? null : d.statedOnTimeRate()).append('\t');
        value(s, d == null ? null : d.statedLateRate()).append('\n');
    }

    private static StringBuilder value(StringBuilder s, Object v) {
        if (v == null) {
            return s.append("\\N");
        }
        return s.append(v instanceof BigDecimal b ? b.toPlainString() : v.toString());
    }
}
