package vn.chitieu.persistence.jdbi;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.chitieu.dossier.DossierCellSums;
import vn.chitieu.dossier.DossierMonthCounts;
import vn.chitieu.dossier.DossierMonths;
import vn.chitieu.dossier.Procedure;
import vn.chitieu.dossier.ProcedureLevel;
import vn.chitieu.dossier.StoredDossier;
import vn.chitieu.port.out.DossierStore;
import vn.chitieu.port.out.DossierWrites;
import vn.chitieu.unit.UnitCode;

/**
 * Procedures, dossiers and their monthly counts in PostgreSQL (V9): dossiers partitioned by received
 * month, a partition made when an import first writes a dossier of its month; new dossiers written with
 * {@code COPY}; the counts summed in SQL (three sums per counter: the period's months, up to its end, all).
 */
public final class JdbiDossiers implements DossierStore {

    private static final String COLUMNS = "code, procedure, unit, channel, received, due, finished, status, paid_online, "
            + "fee, digitized, e_result";
    /** What storage writes for "never received": the partition key cannot be null. */
    private static final String NEVER = "-infinity";
    private static final int CHUNK = 1 << 16;

    private final Jdbi jdbi;

    JdbiDossiers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Procedure> procedures() {
        return jdbi.withHandle(JdbiDossiers::procedures);
    }

    @Override
    public Optional<StoredDossier> find(String code) {
        return Optional.ofNullable(jdbi.withHandle(h -> find(h, List.of(code)).get(code)));
    }

    @Override
    public long size() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM dossiers").mapTo(Long.class).one());
    }

    @Override
    public List<DossierCellSums> sums(int from, int to, Set<UnitCode> units) {
        StringBuilder sql = new StringBuilder("SELECT unit, procedure");
        for (String n : DossierMonths.NAMES) {
            sql.append(", coalesce(sum(").append(n).append(") FILTER (WHERE month BETWEEN :from AND :to), 0)")
                    .append(", coalesce(sum(").append(n).append(") FILTER (WHERE month <= :to), 0)")
                    .append(", sum(").append(n).append(")");
        }
        sql.append(" FROM dossier_counts");
        if (units != null) {
            sql.append(" WHERE unit = ANY(:units)");
        }
        sql.append(" GROUP BY unit, procedure ORDER BY procedure, unit");
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString()).bind("from", from).bind("to", to);
            if (units != null) {
                q.bindArray("units", String.class, units.stream().map(UnitCode::value).toList());
            }
            return q.map((rs, ctx) -> {
                long[] in = new long[DossierMonths.WIDTH];
                long[] up = new long[DossierMonths.WIDTH];
                long[] all = new long[DossierMonths.WIDTH];
                for (int k = 0; k < DossierMonths.WIDTH; k++) {
                    in[k] = rs.getLong(3 + 3 * k);
                    up[k] = rs.getLong(4 + 3 * k);
                    all[k] = rs.getLong(5 + 3 * k);
                }
                return new DossierCellSums(UnitCode.of(rs.getString(1)), rs.getString(2), in, up, all);
            }).list();
        });
    }

    static List<Procedure> procedures(Handle h) {
        return h.createQuery("SELECT code, name, level, online_payment FROM procedures ORDER BY code")
                .map((rs, ctx) -> new Procedure(rs.getString(1), rs.getString(2), ProcedureLevel.valueOf(rs.getString(3)),
                        rs.getBoolean(4)))
                .list();
    }

    static Map<String, StoredDossier> find(Handle h, Collection<String> codes) {
        Map<String, StoredDossier> found = new HashMap<>();
        h.createQuery("SELECT " + COLUMNS + " FROM dossiers WHERE code = ANY(:codes)")
                .bindArray("codes", String.class, new ArrayList<>(codes))
                .map((rs, ctx) -> dossier(rs)).forEach(d -> found.put(d.code(), d));
        return found;
    }

    private static StoredDossier dossier(ResultSet rs) throws SQLException {
        return new StoredDossier(rs.getString(1), rs.getString(2), UnitCode.of(rs.getString(3)), rs.getInt(4),
                receivedTime(rs.getString(5), rs.getTimestamp(5)), time(rs.getTimestamp(6)), time(rs.getTimestamp(7)),
                rs.getInt(8), rs.getInt(9), rs.getBigDecimal(10), rs.getBoolean(11), rs.getBoolean(12));
    }

    private static LocalDateTime receivedTime(String text, Timestamp t) {
        return text == null || text.equals(NEVER) ? null : t.toLocalDateTime();
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    /** The writes of one import, on its transaction's handle. */
    static final class Writes implements DossierWrites {
        private final Handle h;
        private Set<Integer> partitions;
        private Boolean noneStored;

        Writes(Handle h) {
            this.h = h;
        }

        @Override
        public List<Procedure> procedures() {
            return JdbiDossiers.procedures(h);
        }

        @Override
        public void upsertProcedures(List<Procedure> procedures) {
            PreparedBatch b = h.prepareBatch("INSERT INTO procedures (code, name, level, online_payment) "
                    + "VALUES (:code, :name, :level, :pay) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, "
                    + "level = EXCLUDED.level, online_payment = EXCLUDED.online_payment");
            for (Procedure p : procedures) {
                b.bind("code", p.code()).bind("name", p.name()).bind("level", p.level().name())
                        .bind("pay", p.onlinePayment()).add();
            }
            b.execute();
        }

        /** Asked once, before the import writes: the import holds the lock that keeps other imports out. */
        @Override
        public boolean noneStored() {
            if (noneStored == null) {
                noneStored = !h.createQuery("SELECT EXISTS (SELECT 1 FROM dossiers)").mapTo(Boolean.class).one();
            }
            return noneStored;
        }

        @Override
        public Map<String, StoredDossier> find(Collection<String> codes) {
            return JdbiDossiers.find(h, codes);
        }

        @Override
        public void insert(List<StoredDossier> dossiers) {
            makePartitions(dossiers);
            copy(dossiers);
        }

        /** The old rows removed, the new ones written: the received month, so the partition, may have changed. */
        @Override
        public void update(List<StoredDossier.Change> changes) {
            List<String> codes = changes.stream().map(c -> c.old().code()).toList();
            int deleted = h.createUpdate("DELETE FROM dossiers WHERE code = ANY(:codes)")
                    .bindArray("codes", String.class, codes).execute();
            if (deleted != codes.size()) {
                throw new IllegalStateException("deleted " + deleted + " dossiers, expected " + codes.size());
            }
            insert(changes.stream().map(StoredDossier.Change::now).toList());
        }

        /**
         * The changes {@code COPY}ed into a temporary table (which, unlike {@code dossier_counts}, takes
         * negative counters), then one UPDATE of the stored rows they change and one INSERT of the others.
         */
        @Override
        public void addCounts(Collection<DossierMonthCounts> changes) {
            if (changes.isEmpty()) {
                return;
            }
            if (noneStored()) {
                // no dossier was stored, so every stored count is 0: the changes are the counts, written in one pass
                h.execute("DELETE FROM dossier_counts");
                copyCounts("dossier_counts", changes);
                return;
            }
            h.execute("CREATE TEMPORARY TABLE dossier_counts_change (LIKE dossier_counts) ON COMMIT DROP");
            copyCounts("dossier_counts_change", changes);
            StringBuilder set = new StringBuilder();
            for (String n : DossierMonths.NAMES) {
                set.append(set.isEmpty() ? "" : ", ").append(n).append(" = c.").append(n).append(" + d.").append(n);
            }
            h.execute("UPDATE dossier_counts c SET " + set + " FROM dossier_counts_change d "
                    + "WHERE c.unit = d.unit AND c.procedure = d.procedure AND c.month = d.month");
            h.execute("INSERT INTO dossier_counts SELECT d.* FROM dossier_counts_change d WHERE NOT EXISTS (SELECT 1 FROM "
                    + "dossier_counts c WHERE c.unit = d.unit AND c.procedure = d.procedure AND c.month = d.month)");
            h.execute("DROP TABLE dossier_counts_change");
        }

        private void copyCounts(String table, Collection<DossierMonthCounts> changes) {
            try {
                CopyIn in = h.getConnection().unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY " + table + " (unit, procedure, month, " + String.join(", ", DossierMonths.NAMES)
                                + ") FROM STDIN");
                try {
                    StringBuilder s = new StringBuilder(CHUNK + 1024);
                    for (DossierMonthCounts m : changes) {
                        text(s, m.unit().value()).append('\t');
                        text(s, m.procedure()).append('\t').append(m.month());
                        for (long c : m.counts()) {
                            s.append('\t').append(c);
                        }
                        s.append('\n');
                        if (s.length() >= CHUNK) {
                            write(in, s);
                        }
                    }
                    write(in, s);
                    in.endCopy();
                } finally {
                    if (in.isActive()) {
                        in.cancelCopy();
                    }
                }
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException(e, null);
            }
        }

        /** The monthly partitions the dossiers need, made when missing (dossiers_pYYYYMM, FROM its first day). */
        private void makePartitions(List<StoredDossier> dossiers) {
            if (partitions == null) {
                partitions = new HashSet<>(h.createQuery("SELECT substr(c.relname, 11)::int FROM pg_inherits i "
                        + "JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'dossiers'::regclass "
                        + "AND c.relname ~ '^dossiers_p[0-9]{6}$'").mapTo(Integer.class).list());
            }
            for (StoredDossier d : dossiers) {
                if (d.received() == null) {
                    continue;
                }
                int month = DossierMonths.month(d.received());
                if (partitions.add(month)) {
                    LocalDate first = LocalDate.of(month / 100, month % 100, 1);
                    h.execute("CREATE TABLE IF NOT EXISTS dossiers_p" + month + " PARTITION OF dossiers FOR VALUES FROM ('"
                            + first + "') TO ('" + first.plusMonths(1) + "')");
                }
            }
        }

        /** {@code COPY} in PostgreSQL's text format. */
        private void copy(List<StoredDossier> dossiers) {
            try {
                CopyIn in = h.getConnection().unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY dossiers (" + COLUMNS + ") FROM STDIN");
                try {
                    StringBuilder s = new StringBuilder(CHUNK + 1024);
                    for (StoredDossier d : dossiers) {
                        append(s, d);
                        if (s.length() >= CHUNK) {
                            write(in, s);
                        }
                    }
                    write(in, s);
                    in.endCopy();
                } finally {
                    if (in.isActive()) {
                        in.cancelCopy();
                    }
                }
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException(e, null);
            }
        }

        private static void write(CopyIn in, StringBuilder s) throws SQLException {
            byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            s.setLength(0);
        }
    }

    static void append(StringBuilder s, StoredDossier d) {
        text(s, d.code()).append('\t');
        text(s, d.procedure()).append('\t');
        text(s, d.unit().value()).append('\t');
        s.append(d.channel()).append('\t');
        if (d.received() == null) {
            s.append(NEVER);
        } else {
            time(s, d.received());
        }
        s.append('\t');
        time(s, d.due()).append('\t');
        time(s, d.finished()).append('\t');
        s.append(d.status()).append('\t').append(d.paidOnline()).append('\t').append(d.fee().toPlainString())
                .append('\t').append(d.digitized() ? 't' : 'f').append('\t').append(d.eResult() ? 't' : 'f').append('\n');
    }

    /** yyyy-MM-dd HH:mm:ss, or \N. */
    private static StringBuilder time(StringBuilder s, LocalDateTime t) {
        if (t == null) {
            return s.append("\\N");
        }
        two(two(two(two(two(s.append(t.getYear()).append('-'), t.getMonthValue()).append('-'), t.getDayOfMonth())
                .append(' '), t.getHour()).append(':'), t.getMinute()).append(':'), t.getSecond());
        return s;
    }

    private static StringBuilder two(StringBuilder s, int v) {
        return s.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    /** Text with the characters COPY's text format gives a meaning to escaped. */
    private static StringBuilder text(StringBuilder s, String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case '\t' -> s.append("\\t");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                default -> s.append(c);
            }
        }
        return s;
    }
}
