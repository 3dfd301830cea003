package vn.chitieu.persistence.jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
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
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.table.Lined;
import vn.chitieu.port.out.ImportProgress;
import vn.chitieu.port.out.Results;
import vn.chitieu.port.out.StagedResults;
import vn.chitieu.result.Result;

/**
 * Results in PostgreSQL. An import (decided by the application's import use case) stages its file
 * here, inside its one transaction: the lines sorted by key, a {@code COPY} of the lines in key
 * order into a staging table, the changed rows read (old and new values, for the audit log); then
 * the changed rows are updated and the new ones inserted in key order. A process killed in the
 * middle leaves an open transaction that PostgreSQL rolls back: no partial batch is ever visible.
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

    /**
     * Stages {@code file} (checked before: keys unique, units and indicators stored; sorted by key)
     * inside the caller's transaction: a {@code COPY} of its lines in key order into a
     * staging table, then one join that reads the stored rows the file changes (old and new values,
     * compared by value as {@code IS DISTINCT FROM} compares numerics). Nothing of {@code results}
     * is written yet. The fast path of a million-row import: see {@code ImportBenchmark}.
     */
    StagedResults stage(Handle h, ImportFile<Result> file, ImportProgress progress) {
        Steps steps = new Steps(file.name());
        ResultDao dao = h.attach(ResultDao.class);
        dao.roomToSort();
        Staged[] lines = staged(file);
        dao.createStaging();
        copy(h, lines, progress);
        dao.analyzeStaging();
        steps.done("copy to staging");
        long stored = dao.alreadyStored();
        List<StagedResults.Change> changed = new ArrayList<>();
        if (stored > 0) {
            for (ChangedResultRow c : dao.changed()) {
                changed.add(new StagedResults.Change(mapper.toResult(c.old()), mapper.toResult(c.now())));
            }
        }
        steps.done("changed rows");
        return new StagedResults(file.size(), stored, changed);
    }

    /** Writes what {@link #stage} staged: the changed rows updated, the new ones inserted in key order. */
    void store(Handle h, StagedResults staged, long batch) {
        Steps steps = new Steps("staged results");
        ResultDao dao = h.attach(ResultDao.class);
        // the update changes exactly the rows read by stage: same condition, same transaction, same lock
        long updated = staged.changed().isEmpty() ? 0 : dao.updateChanged(batch);
        if (updated != staged.updated()) {
            throw new IllegalStateException("updated " + updated + " results, expected " + staged.updated());
        }
        steps.done("update changed");
        long inserted = staged.inserted() == 0 ? 0 : insertNew(dao, batch, staged.alreadyStored() == 0);
        if (inserted != staged.inserted()) {
            throw new IllegalStateException("inserted " + inserted + " results, expected " + staged.inserted());
        }
        steps.done("insert new");
        dao.dropStaging();
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
     * A line of the file with its key as text. The file comes sorted by key (the import use case
     * sorts it for its duplicate check), so the staging table is in the order of {@code results}'
     * primary key: the insert then finds its input already sorted, and the index is filled from left
     * to right.
     */
    private record Staged(String unit, String indicator, String period, Lined<Result> line) {
    }

    private static Staged[] staged(ImportFile<Result> file) {
        Map<Period, String> periods = new HashMap<>();
        Staged[] lines = new Staged[file.size()];
        int i = 0;
        for (Lined<Result> line : file.lines()) {
            Result r = line.value();
            lines[i++] = new Staged(r.unit().value(), r.indicator().value(),
                    periods.computeIfAbsent(r.period(), Period::toString), line);
        }
        return lines;
    }

    /** Streams the file into the temporary table in PostgreSQL's text format (codes never hold tabs or backslashes). */
    private static void copy(Handle h, Staged[] lines, ImportProgress progress) {
        try {
            copyOrFail(h, lines, progress);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyOrFail(Handle h, Staged[] lines, ImportProgress progress)
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
                    progress.rowsDone(done);
                }
            }
            byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
            progress.rowsDone(done);
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
