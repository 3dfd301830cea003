package vn.chitieu.persistence.jdbi;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import vn.chitieu.dossier.DossierBatch;
import vn.chitieu.dossier.DossierCellSums;
import vn.chitieu.dossier.DossierCounts;
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
        // a few units for many dossiers: each code checked once (UnitCode.of validates it)
        Map<String, UnitCode> units = new HashMap<>();
        h.createQuery("SELECT " + COLUMNS + " FROM dossiers WHERE code = ANY(:codes)")
                .bindArray("codes", String.class, new ArrayList<>(codes))
                .map((rs, ctx) -> dossier(rs, units)).forEach(d -> found.put(d.code(), d));
        return found;
    }

    private static StoredDossier dossier(ResultSet rs, Map<String, UnitCode> units) throws SQLException {
        return new StoredDossier(rs.getString(1), rs.getString(2), units.computeIfAbsent(rs.getString(3), UnitCode::of),
                rs.getInt(4),
                received(rs.getObject(5, LocalDateTime.class)), rs.getObject(6, LocalDateTime.class),
                rs.getObject(7, LocalDateTime.class),
                rs.getInt(8), rs.getInt(9), rs.getBigDecimal(10), rs.getBoolean(11), rs.getBoolean(12));
    }

    /** A stored received time: {@code -infinity} (read as {@link LocalDateTime#MIN}) is "never received". */
    private static LocalDateTime received(LocalDateTime t) {
        return t == null || t.equals(LocalDateTime.MIN) ? null : t;
    }

    /** The writes of one import, on its transaction's handle. */
    static final class Writes implements DossierWrites {
        private final Handle h;
        /** The months (yyyyMM) whose partition is there. */
        private java.util.BitSet partitions;
        private Boolean noneStored;
        /** The COPY into dossiers left open between batches, or null. */
        private BinaryCopy copying;

        Writes(Handle h) {
            this.h = h;
        }

        @Override
        public List<Procedure> procedures() {
            endCopy();
            return JdbiDossiers.procedures(h);
        }

        @Override
        public void upsertProcedures(List<Procedure> procedures) {
            endCopy();
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
                endCopy();
                noneStored = !h.createQuery("SELECT EXISTS (SELECT 1 FROM dossiers)").mapTo(Boolean.class).one();
            }
            return noneStored;
        }

        @Override
        public Map<String, StoredDossier> find(Collection<String> codes) {
            endCopy();
            return JdbiDossiers.find(h, codes);
        }

        @Override
        public void insert(List<StoredDossier> dossiers) {
            makePartitions(dossiers);
            copy(dossiers);
        }

        /** As {@link #insert(List)}, each row encoded from its fields into the COPY. */
        @Override
        public void insert(DossierBatch dossiers) {
            int n = dossiers.size();
            loadPartitions();
            for (int i = 0; i < n; i++) {
                long received = dossiers.received(i);
                if (received != DossierCounts.ABSENT) {
                    makePartition(DossierMonths.month(received));
                }
            }
            try {
                open();
                BinaryCopy c = copying;
                List<UnitCode> units = dossiers.units();
                List<String> procedures = dossiers.procedures();
                for (int i = 0; i < n; i++) {
                    c.row(12).text(dossiers.code(i)).text(procedures.get(dossiers.procedure(i)))
                            .text(units.get(dossiers.unit(i)).value()).smallint(dossiers.channel(i));
                    long received = dossiers.received(i);
                    if (received == DossierCounts.ABSENT) {
                        c.minusInfinity();
                    } else {
                        c.timestamp(received);
                    }
                    time(c, dossiers.due(i));
                    time(c, dossiers.finished(i));
                    c.smallint(dossiers.status(i)).smallint(dossiers.paidOnline(i));
                    BigDecimal fee = dossiers.decimalFee(i);
                    if (fee == null) {
                        c.numeric(dossiers.wholeFee(i));
                    } else {
                        c.numeric(fee);
                    }
                    c.bool(dossiers.digitized(i)).bool(dossiers.eResult(i));
                }
                c.flush();
            } catch (SQLException e) {
                copying = null;
                throw new UnableToExecuteStatementException(e, null);
            }
        }

        private static void time(BinaryCopy c, long seconds) {
            if (seconds == DossierCounts.ABSENT) {
                c.nul();
            } else {
                c.timestamp(seconds);
            }
        }

        /** The old rows removed, the new ones written: the received month, so the partition, may have changed. */
        @Override
        public void update(List<StoredDossier.Change> changes) {
            endCopy();
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
            addCounts(changes.isEmpty(), table -> copyCounts(table, cell -> inKeyOrder(changes)
                    .forEach(m -> cell.accept(m.unit(), m.procedure(), m.month(), m.counts()))));
        }

        /** The changes {@code copy} writes into the table it is given, added to the stored counts. */
        private void addCounts(boolean none, java.util.function.Consumer<String> copy) {
            endCopy();
            if (none) {
                return;
            }
            if (noneStored()) {
                // no dossier was stored, so every stored count is 0: the changes are the counts, written in one pass
                h.execute("DELETE FROM dossier_counts");
                copy.accept("dossier_counts");
                return;
            }
            h.execute("CREATE TEMPORARY TABLE dossier_counts_change (LIKE dossier_counts) ON COMMIT DROP");
            copy.accept("dossier_counts_change");
            mergeCounts();
        }

        /** The changes of dossier_counts_change added to dossier_counts: one UPDATE, one INSERT; the table dropped. */
        private void mergeCounts() {
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

        /** As {@link #addCounts(Collection)}, the changes written from the table that holds them, in key order. */
        @Override
        public void addCounts(DossierMonths.Changes changes) {
            addCounts(changes.isEmpty(), table -> copyCounts(table, changes::forEachInOrder));
        }

        /** The cells {@code cells} hands over, in key order, COPYed into {@code table}. */
        private void copyCounts(String table, java.util.function.Consumer<DossierMonths.Changes.Cell> cells) {
            try {
                BinaryCopy c = countsCopy(table);
                try {
                    cells.accept((unit, procedure, month, counts) -> {
                        try {
                            c.row(3 + DossierMonths.WIDTH).text(unit.value()).text(procedure).integer(month);
                        } catch (SQLException e) {
                            throw new UnableToExecuteStatementException(e, null);
                        }
                        for (long k : counts) {
                            c.bigint(k);
                        }
                    });
                    c.end();
                } finally {
                    c.cancel();
                }
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException(e, null);
            }
        }

        private BinaryCopy countsCopy(String table) throws SQLException {
            return new BinaryCopy(h.getConnection().unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (unit, procedure, month, " + String.join(", ", DossierMonths.NAMES)
                            + ") FROM STDIN (FORMAT binary)"));
        }

        /**
         * The counts in the order of dossier_counts' key (byte-wise, V11): the key's index then grows at its
         * end instead of at a random page per row.
         */
        private static List<DossierMonthCounts> inKeyOrder(Collection<DossierMonthCounts> changes) {
            // rank the few distinct units and procedures once, then sort by one long per row
            Map<String, Integer> units = ranks(changes.stream().map(m -> m.unit().value()));
            Map<String, Integer> procedures = ranks(changes.stream().map(DossierMonthCounts::procedure));
            DossierMonthCounts[] rows = changes.toArray(DossierMonthCounts[]::new);
            long[] keys = new long[rows.length];
            for (int i = 0; i < rows.length; i++) {
                DossierMonthCounts m = rows[i];
                keys[i] = ((long) units.get(m.unit().value()) << 41) | ((long) procedures.get(m.procedure()) << 19)
                        | m.month();
            }
            Integer[] order = new Integer[rows.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
            List<DossierMonthCounts> sorted = new ArrayList<>(rows.length);
            for (Integer i : order) {
                sorted.add(rows[i]);
            }
            return sorted;
        }

        /** Each distinct text's rank in byte-wise order (as COLLATE "C"; below 2^22 of them, as ranks need). */
        private static Map<String, Integer> ranks(java.util.stream.Stream<String> texts) {
            List<String> distinct = texts.distinct().sorted(DossierMonths.Changes::codePointOrder).toList();
            if (distinct.size() >= 1 << 22) {
                throw new IllegalStateException("more than 2^22 distinct units or procedures in one import");
            }
            Map<String, Integer> rank = new HashMap<>();
            for (int i = 0; i < distinct.size(); i++) {
                rank.put(distinct.get(i), i);
            }
            return rank;
        }

        /**
         * The monthly partitions the dossiers need, made when missing (dossiers_pYYYYMM, FROM its first day); the
         * open COPY is ended first when one is made.
         */
        private void makePartitions(List<StoredDossier> dossiers) {
            loadPartitions();
            for (StoredDossier d : dossiers) {
                if (d.received() != null) {
                    makePartition(DossierMonths.month(d.received()));
                }
            }
        }

        private void loadPartitions() {
            if (partitions == null) {
                endCopy();
                partitions = new java.util.BitSet();
                h.createQuery("SELECT substr(c.relname, 11)::int FROM pg_inherits i "
                        + "JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'dossiers'::regclass "
                        + "AND c.relname ~ '^dossiers_p[0-9]{6}$'").mapTo(Integer.class).forEach(partitions::set);
            }
        }

        /** The partition of {@code month}, made when missing (the open COPY ended first). */
        private void makePartition(int month) {
            if (!partitions.get(month)) {
                partitions.set(month);
                endCopy();
                LocalDate first = LocalDate.of(month / 100, month % 100, 1);
                h.execute("CREATE TABLE IF NOT EXISTS dossiers_p" + month + " PARTITION OF dossiers FOR VALUES FROM ('"
                        + first + "') TO ('" + first.plusMonths(1) + "')");
            }
        }

        /**
         * Binary {@code COPY} into {@code dossiers}, left open from one batch to the next: the server stores a
         * batch while the import reads the next one, and it is ended before any other statement
         * ({@link #endCopy}).
         */
        private void copy(List<StoredDossier> dossiers) {
            try {
                open();
                for (StoredDossier d : dossiers) {
                    copying.row(12).text(d.code()).text(d.procedure()).text(d.unit().value()).smallint(d.channel());
                    if (d.received() == null) {
                        copying.minusInfinity();
                    } else {
                        copying.timestamp(d.received());
                    }
                    copying.timestamp(d.due()).timestamp(d.finished()).smallint(d.status()).smallint(d.paidOnline())
                            .numeric(d.fee()).bool(d.digitized()).bool(d.eResult());
                }
                copying.flush();
            } catch (SQLException e) {
                copying = null;
                throw new UnableToExecuteStatementException(e, null);
            }
        }

        /** The COPY into dossiers, opened when none is. */
        private void open() throws SQLException {
            if (copying == null) {
                copying = new BinaryCopy(h.getConnection().unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY dossiers (" + COLUMNS + ") FROM STDIN (FORMAT binary)"));
            }
        }

        /** Ends the open COPY, if any: every statement of the transaction but the COPY itself runs after it. */
        void endCopy() {
            BinaryCopy c = copying;
            if (c == null) {
                return;
            }
            copying = null;
            try {
                c.end();
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException(e, null);
            }
        }

        /** Cancels the open COPY, if any (the transaction is rolled back). */
        void cancelCopy() {
            BinaryCopy c = copying;
            copying = null;
            if (c != null) {
                c.cancel();
            }
        }
    }
}
