package vn.chitieu.persistence.jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
 * Results in PostgreSQL. An import is one transaction, one import at a time: the lines sorted by key
 * (repeated keys are then neighbours), the codes checked once each (every bad line listed), a
 * {@code COPY} of the lines in key order into a staging table, then the changed rows read (old and
 * new values, for the audit log) and updated, and the new ones inserted in key order. A process
 * killed in the middle leaves an open transaction that PostgreSQL rolls back: no partial batch is
 * ever visible.
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
            Staged[] lines = inKeyOrder(file);
            steps.done("sort by key");
            List<InputProblem> problems = problems(dao, file.name(), lines);
            steps.done("checks");
            if (!problems.isEmpty()) {
                h.rollback();
                return ImportSummary.refused(problems, options.dryRun());
            }
            dao.createStaging();
            copy(h, lines, options);
            dao.analyzeStaging();
            steps.done("copy to staging");
            long stored = dao.alreadyStored();
            List<ChangedResultRow> changed = stored == 0 ? List.of() : dao.changed();
            steps.done("changed rows for the audit");
            AuditDao audit = h.attach(AuditDao.class);
            long batch = audit.insertBatch(ImportKind.RESULTS.name(), file.name(), options.actor().name(), 0, 0, 0);
            // the update changes exactly the rows read above: same condition, same transaction, same lock
            long updated = changed.isEmpty() ? 0 : dao.updateChanged(batch);
            if (updated != changed.size()) {
                throw new IllegalStateException("updated " + updated + " results, expected " + changed.size());
            }
            steps.done("update changed");
            long inserted = stored == file.size() ? 0 : insertNew(dao, batch, stored == 0);
            if (inserted != file.size() - stored) {
                throw new IllegalStateException(
                        "inserted " + inserted + " results, expected " + (file.size() - stored));
            }
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
            for (ChangedResultRow c : changed) {
                Result old = mapper.toResult(c.old());
                Result now = mapper.toResult(c.now());
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
    private static long insertNew(ResultDao dao, long batch, boolean noneStored) {
        if (!dao.mayBypassTriggers()) {
            return noneStored ? dao.insertAll(batch) : dao.insertNew(batch);
        }
        dao.referencesAlreadyChecked();
        long inserted = noneStored ? dao.insertAll(batch) : dao.insertNew(batch);
        dao.checkReferencesAgain();
        return inserted;
    }

    /**
     * A line of the file with its key as text. The lines are sorted by key before the {@code COPY},
     * so that the staging table is in the order of {@code results}' primary key: the sort before the
     * insert then finds its input already sorted, and the index is filled from left to right.
     */
    private record Staged(String unit, String indicator, String period, ImportLine<Result> line) {
    }

    /** Java's {@code String} order, which is the code-point order of the key's columns' collation. */
    private static final Comparator<Staged> BY_KEY = (a, b) -> {
        int c = a.unit().compareTo(b.unit());
        if (c == 0) {
            c = a.indicator().compareTo(b.indicator());
        }
        return c != 0 ? c : a.period().compareTo(b.period());
    };

    private static Staged[] inKeyOrder(ImportFile<Result> file) {
        Map<Period, String> periods = new HashMap<>();
        Staged[] lines = new Staged[file.size()];
        int i = 0;
        for (ImportLine<Result> line : file.lines()) {
            Result r = line.value();
            lines[i++] = new Staged(r.unit().value(), r.indicator().value(),
                    periods.computeIfAbsent(r.period(), Period::toString), line);
        }
        Arrays.parallelSort(lines, BY_KEY);
        return lines;
    }

    /**
     * Every bad line of the file: a key given on an earlier line too (found in the sorted lines,
     * where equal keys are neighbours), a unit or an indicator that is not stored (asked once per
     * distinct code, under the lock taken above).
     */
    private static List<InputProblem> problems(ResultDao dao, String file, Staged[] lines) {
        List<InputProblem> problems = new ArrayList<>();
        for (int from = 0; from < lines.length;) {
            int to = from + 1;
            while (to < lines.length && BY_KEY.compare(lines[from], lines[to]) == 0) {
                to++;
            }
            if (to - from > 1) {
                int first = Integer.MAX_VALUE;
                for (int k = from; k < to; k++) {
                    first = Math.min(first, lines[k].line().line());
                }
                for (int k = from; k < to; k++) {
                    Staged d = lines[k];
                    if (d.line().line() != first) {
                        problems.add(ImportProblems.duplicate(file, d.line().line(), first, "Key[unit=" + d.unit()
                                + ", indicator=" + d.indicator() + ", period=" + d.period() + "]"));
                    }
                }
            }
            from = to;
        }
        Set<String> unknownUnits = new HashSet<>(dao.unknownUnits(distinct(lines, Staged::unit)));
        Set<String> unknownIndicators = new HashSet<>(dao.unknownIndicators(distinct(lines, Staged::indicator)));
        if (!unknownUnits.isEmpty()) {
            for (Staged s : lines) {
                if (unknownUnits.contains(s.unit())) {
                    problems.add(ImportProblems.unknownUnit(file, s.line().line(), "unit", s.unit()));
                }
            }
        }
        if (!unknownIndicators.isEmpty()) {
            for (Staged s : lines) {
                if (unknownIndicators.contains(s.indicator())) {
                    problems.add(ImportProblems.unknownIndicator(file, s.line().line(), s.indicator()));
                }
            }
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return problems;
    }

    private static String[] distinct(Staged[] lines, Function<Staged, String> code) {
        Set<String> codes = new HashSet<>();
        for (Staged s : lines) {
            codes.add(code.apply(s));
        }
        return codes.toArray(String[]::new);
    }

    /** Streams the file into the temporary table in PostgreSQL's text format (codes never hold tabs or backslashes). */
    private static void copy(Handle h, Staged[] lines, ImportOptions options) {
        try {
            copyOrFail(h, lines, options);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyOrFail(Handle h, Staged[] lines, ImportOptions options)
            throws SQLException, IOException {
        boolean details = Arrays.stream(lines).anyMatch(l -> l.line().value().detail() != null);
        CopyIn in = h.getConnection().unwrap(PGConnection.class).getCopyAPI()
                .copyIn(details ? ResultDao.COPY_ALL : ResultDao.COPY_COUNTS);
        try {
            StringBuilder s = new StringBuilder(CHUNK + 512);
            long done = 0;
            for (Staged line : lines) {
                append(s, line, details);
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

    private static void append(StringBuilder s, Staged line, boolean details) {
        Result r = line.line().value();
        s.append(line.line().line()).append('\t').append(line.unit()).append('\t').append(line.indicator())
                .append('\t').append(line.period()).append('\t');
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
        if (v instanceof Long l) {
            return s.append(l.longValue());
        }
        if (v instanceof Integer i) {
            return s.append(i.intValue());
        }
        return s.append(v instanceof BigDecimal b ? b.toPlainString() : v.toString());
    }
}
