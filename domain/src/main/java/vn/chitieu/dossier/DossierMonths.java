package vn.chitieu.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

/**
 * The counts that storage keeps per (unit, procedure, month) so that every indicator of domain.md §9 is
 * answered for any period made of whole months (a month, quarter, half or year) without reading a
 * dossier again. A dossier that is not excluded adds 1 to
 * <ul>
 * <li>its received month: {@link #RECEIVED} (and {@link #RECEIVED_ONLINE} for channel 2);</li>
 * <li>its finished month: {@link #FINISHED}, and as it is on time, online, digitized with an electronic
 * result, fee-bearing, paid online: {@link #FINISHED_ON_TIME} … {@link #FINISHED_FEE_PAID_ONLINE};</li>
 * <li>with a due: the first month M whose end is after the due ({@link #OVERDUE_FROM}: from the end of M on
 * the dossier is overdue while pending), and, once finished, the later of that month and its finished month
 * ({@link #OVERDUE_CLOSED}: from there on it is no longer pending).</li>
 * </ul>
 * An excluded one (status 1, 3, 7) adds 1 to {@link #EXCLUDED} of its received month ({@link #NEVER} when it
 * has none). Then for the period from month s to month e (the end of P is the end of month e), with sums over
 * months: received, finished … in P are the sums over s..e; pending at the end of P is received up to e minus
 * finished up to e (a dossier is finished after it is received); pending and overdue is
 * {@code OVERDUE_FROM} up to e minus {@code OVERDUE_CLOSED} up to e (its due is after its received); a
 * cell's counted dossiers are its received ones over all months. These are exactly {@link DossierCounts}'
 * rules, so that the figures ({@link #counters}) equal those of a count of the same dossiers as a file.
 * Distinct-procedure indicators need nothing more: the cells are per procedure.
 */
public final class DossierMonths {

    public static final int RECEIVED = 0;
    public static final int RECEIVED_ONLINE = 1;
    public static final int FINISHED = 2;
    public static final int FINISHED_ON_TIME = 3;
    public static final int FINISHED_ONLINE = 4;
    public static final int FINISHED_DIGITAL = 5;
    public static final int FINISHED_FEE = 6;
    public static final int FINISHED_FEE_PAID_ONLINE = 7;
    public static final int OVERDUE_FROM = 8;
    public static final int OVERDUE_CLOSED = 9;
    public static final int EXCLUDED = 10;
    public static final int WIDTH = 11;
    /** The names of the counters, in order (the columns of the stored counts). */
    public static final List<String> NAMES = List.of("received", "received_online", "finished", "finished_on_time",
            "finished_online", "finished_digital", "finished_fee", "finished_fee_paid_online", "overdue_from",
            "overdue_closed", "excluded");
    /** The month of dossiers never received. */
    public static final int NEVER = 0;

    private DossierMonths() {
    }

    /** {@code yyyyMM} of {@code time}. */
    public static int month(LocalDateTime time) {
        return time.getYear() * 100 + time.getMonthValue();
    }

    public static int month(LocalDate date) {
        return date.getYear() * 100 + date.getMonthValue();
    }

    /** The first and last month of {@code period}, which is made of whole months. */
    public static int[] months(Period period) {
        LocalDate start = period.start();
        LocalDate end = period.end();
        if (start.getDayOfMonth() != 1 || end.getDayOfMonth() != end.lengthOfMonth()) {
            throw new IllegalArgumentException("period " + period + " is not made of whole months");
        }
        return new int[] {month(start), month(end)};
    }

    private static int next(int month) {
        return month % 100 == 12 ? (month / 100 + 1) * 100 + 1 : month + 1;
    }

    /** {@code yyyyMM} of {@code seconds}, local seconds as {@link DossierTimes} gives them. */
    public static int month(long seconds) {
        // civil-from-days (proleptic Gregorian), as LocalDate.ofEpochDay, without making a date
        long z = Math.floorDiv(seconds, 86_400L) + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long m = mp < 10 ? mp + 3 : mp - 9;
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        return (int) (y * 100 + m);
    }

    /**
     * Changes to stored counts, summed per (unit, procedure, month); memory grows with those, not with dossiers.
     * Held in an open-addressing table: a cell is a long key (unit index, procedure index, month) and
     * {@link #WIDTH} int counters side by side, no object per cell or per dossier. Each change moves a counter
     * by one, so no counter of one import passes the number of changes, kept below 2^31.
     */
    public static final class Changes {
        /** The high int of no key (keys are not negative). */
        private static final int EMPTY = -1;
        private static final int BITS = 20;
        private static final long FIELD = (1L << BITS) - 1;

        private final Map<UnitCode, Integer> unitIndex = new HashMap<>();
        private final List<UnitCode> units = new java.util.ArrayList<>();
        private final Map<String, Integer> procedureIndex = new HashMap<>();
        private final List<String> procedures = new java.util.ArrayList<>();
        /** Per cell: its key's high and low int, then its {@link #WIDTH} counters. */
        private static final int STRIDE = 2 + WIDTH;
        private int[] table;
        private int capacity;
        private int mask;
        private int size;
        private long changed;

        public Changes() {
            allocate(1 << 12);
        }

        /**
         * Changes whose units and procedures are also named by their index in {@code units} and
         * {@code procedures} ({@link #add(int, int, long, long, long, int, int, boolean, int, boolean, boolean, int)}).
         */
        public Changes(List<UnitCode> units, List<String> procedures) {
            this();
            units.forEach(this::unit);
            procedures.forEach(this::procedure);
            if (this.units.size() != units.size() || this.procedures.size() != procedures.size()) {
                throw new IllegalArgumentException("a unit or procedure is given twice");
            }
        }

        private int unit(UnitCode u) {
            return indexOf(u, units, unitIndex, "units");
        }

        private int procedure(String p) {
            return indexOf(p, procedures, procedureIndex, "procedures");
        }

        /** {@code key}'s index in {@code keys}, added when new: at most 2^20 {@code what} (a key's field). */
        private static <K> int indexOf(K key, List<K> keys, Map<K, Integer> index, String what) {
            Integer i = index.get(key);
            if (i == null) {
                i = keys.size();
                if (i > FIELD) {
                    throw new IllegalStateException("more than 2^20 " + what + " in one import");
                }
                keys.add(key);
                index.put(key, i);
            }
            return i;
        }

        /** Adds {@code sign} (1 or −1) times {@code d}'s contributions. */
        public void add(StoredDossier d, int sign) {
            int unit = unit(d.unit());
            int procedure = procedure(d.procedure());
            reserve();
            if (DossierCounts.isExcluded(d.status()) || d.received() == null) {
                bump(cell(unit, procedure, d.received() == null ? NEVER : month(d.received())), EXCLUDED, sign);
                return;
            }
            int received = cell(unit, procedure, month(d.received()));
            boolean online = d.channel() == 2;
            bump(received, RECEIVED, sign);
            if (online) {
                bump(received, RECEIVED_ONLINE, sign);
            }
            int overdueFrom = -1;
            if (d.due() != null) {
                int dueMonth = month(d.due());
                // overdue at the end of month M when due < end(M): from the due's month, or the next one when the
                // due is the month's very last second
                boolean lastSecond = d.due().toLocalTime().toSecondOfDay() == 86_399
                        && d.due().getDayOfMonth() == d.due().toLocalDate().lengthOfMonth();
                overdueFrom = lastSecond ? next(dueMonth) : dueMonth;
                bump(cell(unit, procedure, overdueFrom), OVERDUE_FROM, sign);
            }
            if (d.finished() != null) {
                int finished = month(d.finished());
                finished(unit, procedure, finished, d.due() == null || !d.finished().isAfter(d.due()), online,
                        d.digitized() && d.eResult(), d.fee().signum() > 0, d.paidOnline(), overdueFrom, sign);
            }
        }

        /**
         * Adds {@code sign} (1 or −1) times the contributions of a dossier given field by field: {@code unit} and
         * {@code procedure} the indices of the lists this was made with, times in local seconds
         * ({@link DossierCounts#ABSENT} for none), {@code fee} whether it bears a fee. The same rules as
         * {@link #add(StoredDossier, int)}, on whole seconds.
         */
        public void add(int unit, int procedure, long received, long due, long finished, int status, int channel,
                boolean fee, int paidOnline, boolean digitized, boolean eResult, int sign) {
            if (unit < 0 || unit >= units.size() || procedure < 0 || procedure >= procedures.size()) {
                throw new IndexOutOfBoundsException("unit " + unit + " or procedure " + procedure + " not known");
            }
            reserve();
            if (DossierCounts.isExcluded(status) || received == DossierCounts.ABSENT) {
                bump(cell(unit, procedure, received == DossierCounts.ABSENT ? NEVER : month(received)), EXCLUDED, sign);
                return;
            }
            int receivedCell = cell(unit, procedure, month(received));
            boolean online = channel == 2;
            bump(receivedCell, RECEIVED, sign);
            if (online) {
                bump(receivedCell, RECEIVED_ONLINE, sign);
            }
            int overdueFrom = -1;
            if (due != DossierCounts.ABSENT) {
                // the month of the second after the due: the due's month, or the next one for its very last second
                overdueFrom = month(due + 1);
                bump(cell(unit, procedure, overdueFrom), OVERDUE_FROM, sign);
            }
            if (finished != DossierCounts.ABSENT) {
                finished(unit, procedure, month(finished), due == DossierCounts.ABSENT || finished <= due, online,
                        digitized && eResult, fee, paidOnline, overdueFrom, sign);
            }
        }

        private void finished(int unit, int procedure, int finished, boolean onTime, boolean online, boolean digital,
                boolean fee, int paidOnline, int overdueFrom, int sign) {
            int at = cell(unit, procedure, finished);
            bump(at, FINISHED, sign);
            if (onTime) {
                bump(at, FINISHED_ON_TIME, sign);
            }
            if (online) {
                bump(at, FINISHED_ONLINE, sign);
            }
            if (digital) {
                bump(at, FINISHED_DIGITAL, sign);
            }
            if (fee) {
                bump(at, FINISHED_FEE, sign);
                if (paidOnline == 1 || paidOnline == 2) {
                    bump(at, FINISHED_FEE_PAID_ONLINE, sign);
                }
            }
            if (overdueFrom >= 0) {
                bump(cell(unit, procedure, Math.max(finished, overdueFrom)), OVERDUE_CLOSED, sign);
            }
        }

        /** Room for the (at most 4) new cells of one dossier, so that the cells it finds stay where they are. */
        private void reserve() {
            if ((size + 4) * 3L > capacity * 2L) {
                grow();
            }
        }

        private void bump(int cell, int counter, int sign) {
            if (++changed > Integer.MAX_VALUE) {
                throw new IllegalStateException("more than 2^31 count changes in one import");
            }
            table[cell + counter] += sign;
        }

        /** The index in the table of the first counter of (unit, procedure, month), made (zeros) when new. */
        private int cell(int unit, int procedure, int month) {
            if (month < 0 || month > FIELD) {
                throw new IllegalArgumentException("month " + month + " is out of the counts' range");
            }
            long key = ((long) unit << (2 * BITS)) | ((long) procedure << BITS) | month;
            int hi = (int) (key >>> 32);
            int lo = (int) key;
            for (int i = (int) CellCounters.mix(key) & mask;; i = (i + 1) & mask) {
                int at = i * STRIDE;
                int h = table[at];
                if (h == hi && table[at + 1] == lo) {
                    return at + 2;
                }
                if (h == EMPTY) {
                    table[at] = hi;
                    table[at + 1] = lo;
                    size++;
                    return at + 2;
                }
            }
        }

        private void allocate(int slots) {
            capacity = slots;
            mask = slots - 1;
            table = new int[Math.multiplyExact(slots, STRIDE)];
            for (int i = 0; i < table.length; i += STRIDE) {
                table[i] = EMPTY;
            }
            size = 0;
        }

        private void grow() {
            int[] old = table;
            allocate(Math.multiplyExact(capacity, 2));
            for (int j = 0; j < old.length; j += STRIDE) {
                if (old[j] != EMPTY) {
                    long key = key(old, j);
                    int at = cell((int) (key >>> (2 * BITS)), (int) ((key >>> BITS) & FIELD), (int) (key & FIELD));
                    System.arraycopy(old, j + 2, table, at, WIDTH);
                }
            }
        }

        private static long key(int[] table, int at) {
            return ((long) table[at] << 32) | (table[at + 1] & 0xFFFF_FFFFL);
        }

        private boolean isZero(int at) {
            for (int k = at + 2, end = at + STRIDE; k < end; k++) {
                if (table[k] != 0) {
                    return false;
                }
            }
            return true;
        }

        /** One (unit, procedure, month) of changes; {@code counts} is reused from one call to the next. */
        @FunctionalInterface
        public interface Cell {
            void accept(UnitCode unit, String procedure, int month, long[] counts);
        }

        /**
         * Each change that is not zero, by unit, then procedure (both in code point order, which is UTF-8's
         * byte order, as {@code COLLATE "C"}), then month.
         */
        public void forEachInOrder(Cell cell) {
            int[] unitRank = ranks(units.stream().map(UnitCode::value).toList());
            int[] procedureRank = ranks(procedures);
            int[] unitByRank = inverse(unitRank);
            int[] procedureByRank = inverse(procedureRank);
            long[] sorted = new long[size];
            int n = 0;
            for (int at = 0; at < table.length; at += STRIDE) {
                long k = key(table, at);
                if (table[at] != EMPTY && !isZero(at)) {
                    sorted[n++] = ((long) unitRank[(int) (k >>> (2 * BITS))] << (2 * BITS))
                            | ((long) procedureRank[(int) ((k >>> BITS) & FIELD)] << BITS) | (k & FIELD);
                }
            }
            java.util.Arrays.sort(sorted, 0, n);
            long[] c = new long[WIDTH];
            for (int j = 0; j < n; j++) {
                long r = sorted[j];
                int unit = unitByRank[(int) (r >>> (2 * BITS))];
                int procedure = procedureByRank[(int) ((r >>> BITS) & FIELD)];
                int month = (int) (r & FIELD);
                int at = cell(unit, procedure, month); // there: no cell is made
                for (int k = 0; k < WIDTH; k++) {
                    c[k] = table[at + k];
                }
                cell.accept(units.get(unit), procedures.get(procedure), month, c);
            }
        }

        /** Each text's rank in code point order. */
        private static int[] ranks(List<String> texts) {
            Integer[] order = new Integer[texts.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> codePointOrder(texts.get(a), texts.get(b)));
            int[] rank = new int[order.length];
            for (int r = 0; r < order.length; r++) {
                rank[order[r]] = r;
            }
            return rank;
        }

        private static int[] inverse(int[] rank) {
            int[] by = new int[rank.length];
            for (int i = 0; i < rank.length; i++) {
                by[rank[i]] = i;
            }
            return by;
        }

        /** Code point order, which is UTF-8's byte order (String.compareTo differs past U+FFFF). */
        public static int codePointOrder(String a, String b) {
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                int x = a.codePointAt(i);
                int y = b.codePointAt(j);
                if (x != y) {
                    return Integer.compare(x, y);
                }
                i += Character.charCount(x);
                j += Character.charCount(y);
            }
            return Integer.compare(a.length() - i, b.length() - j);
        }

        /** The changes that are not zero (in {@link #forEachInOrder}'s order). */
        public List<DossierMonthCounts> all() {
            List<DossierMonthCounts> all = new java.util.ArrayList<>();
            forEachInOrder((unit, procedure, month, c) -> all.add(new DossierMonthCounts(unit, procedure, month, c.clone())));
            return all;
        }

        public boolean isEmpty() {
            for (int at = 0; at < table.length; at += STRIDE) {
                if (table[at] != EMPTY && !isZero(at)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Sums {@code months} per (unit, procedure) cell for the months from..to (how the in-memory store answers). */
    public static List<DossierCellSums> sums(Collection<DossierMonthCounts> months, int from, int to) {
        Map<List<Object>, java.util.List<DossierMonthCounts>> byCell = new java.util.LinkedHashMap<>();
        for (DossierMonthCounts m : months) {
            byCell.computeIfAbsent(List.of(m.unit(), m.procedure()), k -> new java.util.ArrayList<>()).add(m);
        }
        return byCell.values().stream().map(l -> DossierCellSums.of(l.get(0).unit(), l.get(0).procedure(), l, from, to))
                .toList();
    }

    /** The {@link DossierCounts} counters of a cell for the period of {@code s} (see the class comment). */
    static long[] counters(DossierCellSums s) {
        Objects.requireNonNull(s, "s");
        long[] in = s.inPeriod();
        long[] up = s.upToEnd();
        long[] c = new long[DossierCounts.COUNTERS];
        c[DossierCounts.RECEIVED] = in[RECEIVED];
        c[DossierCounts.RECEIVED_ONLINE] = in[RECEIVED_ONLINE];
        c[DossierCounts.FINISHED] = in[FINISHED];
        c[DossierCounts.FINISHED_ON_TIME] = in[FINISHED_ON_TIME];
        c[DossierCounts.FINISHED_ONLINE] = in[FINISHED_ONLINE];
        c[DossierCounts.FINISHED_DIGITAL] = in[FINISHED_DIGITAL];
        c[DossierCounts.FINISHED_FEE] = in[FINISHED_FEE];
        c[DossierCounts.FINISHED_FEE_PAID_ONLINE] = in[FINISHED_FEE_PAID_ONLINE];
        c[DossierCounts.PENDING] = up[RECEIVED] - up[FINISHED];
        c[DossierCounts.PENDING_OVERDUE] = up[OVERDUE_FROM] - up[OVERDUE_CLOSED];
        c[DossierCounts.COUNTED] = s.all()[RECEIVED];
        return c;
    }
}
