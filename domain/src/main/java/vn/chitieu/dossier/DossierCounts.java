package vn.chitieu.dossier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.chitieu.period.Period;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * The streaming count of domain.md §9: fed one dossier at a time, it keeps long counters per
 * (unit, procedure) cell for the period P, never the dossiers, so memory grows with units ×
 * procedures only. {@link #figures} then sums each unit's subtree and yields the ten indicators
 * ({@link DossierIndicators}): counts summed, rates as ratios of the summed counts, distinct
 * procedures counted once over the subtree.
 * <p>Rules (times in local seconds, {@link DossierTimes}): status 1, 3 and 7 count nowhere; received in P:
 * start(P) ≤ received ≤ end(P); finished in P likewise; pending at the end of P: received ≤ end(P) and
 * (no finished or finished > end(P)); a finished dossier is on time when it has no due or finished ≤ due;
 * a pending one is overdue when it has a due and due < end(P).
 */
public final class DossierCounts {

    /** Time given as "none" (no due, not finished). */
    public static final long ABSENT = Long.MAX_VALUE;

    /** Counters of a cell. */
    public static final int RECEIVED = 0;
    public static final int RECEIVED_ONLINE = 1;
    public static final int FINISHED = 2;
    public static final int FINISHED_ON_TIME = 3;
    public static final int PENDING = 4;
    public static final int PENDING_OVERDUE = 5;
    public static final int FINISHED_ONLINE = 6;
    public static final int FINISHED_DIGITAL = 7;
    public static final int FINISHED_FEE = 8;
    public static final int FINISHED_FEE_PAID_ONLINE = 9;
    /** Every dossier of the cell that is not excluded, whatever its times. */
    public static final int COUNTED = 10;
    static final int COUNTERS = 11;

    private final Period period;
    private final long start;
    private final long end;
    private final UnitTree tree;
    private final List<Unit> units;
    private final Map<UnitCode, Integer> unitIndex = new HashMap<>();
    private final int[] parent;
    private final Procedures procedures;
    /** Cells are keyed procedure × units + unit, so that sorted keys group by procedure. */
    private final int width;
    /**
     * The cells in {@link #PARTS} tables by a hash of their key, each a small fraction of them: a dossier is
     * first written to its table's short queue ({@link #queued}, its key and the counters it adds as bits),
     * and a full queue is added to its table at once, so that the adding runs in a table that fits in the
     * processor's cache instead of jumping over one table of a million cells (one cache miss a dossier).
     * 64 tables, not more: for a million cells each is then a large array, which the collector keeps out of
     * the young generation (with 256 smaller tables every young collection copied them all again).
     */
    private static final int PARTS = 64;
    private static final int QUEUE = 512;
    /**
     * Largest dense table, in ints: when units × procedures × {@link #COUNTERS} is at most this (and a quarter
     * of the heap), the counters are one int array indexed by cell key × {@link #COUNTERS}, allocated at once
     * (no table growth, no hashing; memory fixed by units × procedures), each {@link #PARTS}th of it a
     * contiguous range of keys fed by its queue; larger ones are kept sparsely ({@link CellCounters}).
     */
    private static final long DENSE_MAX = Math.min(16L << 20, Runtime.getRuntime().maxMemory() / 4 / Integer.BYTES);
    private final CellCounters[] cells = new CellCounters[PARTS];
    /** The dense counters (null: sparse, {@link #cells}); cell {@code key}'s first at {@code key × COUNTERS}. */
    private final int[] dense;
    /** Dense: a key's queue is {@code key >>> denseShift}. */
    private final int denseShift;
    /** Dense: the lock of each queue's range of the counters (shared with the parts that share them). */
    private final Object[] locks;
    private final long[][] queued = new long[PARTS][];
    private final int[] queuedSize = new int[PARTS];
    private long read;
    private long excluded;

    public DossierCounts(Period period, UnitTree tree, Procedures procedures) {
        this(period, tree, procedures, -1);
    }

    /**
     * Counts of about {@code expected} dossiers (-1: not known): dense counters when they fit and the dossiers
     * may fill an eighth of the cells or more, so that a small file is not counted in a table of every cell.
     */
    public DossierCounts(Period period, UnitTree tree, Procedures procedures, long expected) {
        this(period, tree, procedures, denseFor((long) Math.max(1, tree.size()) * Math.max(1, procedures.size()), expected));
    }

    static boolean denseFor(long cells, long expected) {
        return cells * COUNTERS <= DENSE_MAX && (expected < 0 || expected >= cells / 8);
    }

    /** With dense counters or sparse ones as {@code dense} says (tests: both ways give the same figures). */
    DossierCounts(Period period, UnitTree tree, Procedures procedures, boolean dense) {
        this(period, tree, procedures, dense, null);
    }

    /**
     * Another part of the same count (another reading thread's): it counts into the same dense counters (each
     * queue added under its lock, so that the threads never add to one range at once), with its own queues and
     * numbers of dossiers read; {@link #addAll} then adds only its queues and numbers. Memory: one table
     * whatever the number of threads, and no table to add up at the end. Sparse counters are not shared: the
     * part has its own, added up by {@link #addAll}. Until every part is added, a part's {@link #figures} and
     * {@link #count} may see some of the other parts' dossiers.
     */
    DossierCounts sharing() {
        return new DossierCounts(period, tree, procedures, dense != null, this);
    }

    private DossierCounts(Period period, UnitTree tree, Procedures procedures, boolean dense, DossierCounts shared) {
        this.period = Objects.requireNonNull(period, "period");
        this.tree = Objects.requireNonNull(tree, "tree");
        this.procedures = Objects.requireNonNull(procedures, "procedures");
        this.start = DossierTimes.startOf(period.start());
        this.end = DossierTimes.endOf(period.end());
        this.units = tree.units();
        for (int i = 0; i < units.size(); i++) {
            unitIndex.put(units.get(i).code(), i);
        }
        parent = new int[units.size()];
        for (int i = 0; i < units.size(); i++) {
            UnitCode p = units.get(i).parent();
            parent[i] = p == null ? -1 : unitIndex.get(p);
        }
        width = Math.max(1, units.size());
        if ((long) width * Math.max(1, procedures.size()) >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many units × procedures to count: " + width + " × "
                    + procedures.size());
        }
        long keys = (long) width * Math.max(1, procedures.size());
        if (shared != null && shared.dense != null) {
            this.dense = shared.dense;
            denseShift = shared.denseShift;
            locks = shared.locks;
        } else if (dense && keys * COUNTERS <= Integer.MAX_VALUE - 8) {
            this.dense = new int[(int) keys * COUNTERS];
            int shift = 0;
            while ((keys - 1) >>> shift >= PARTS) {
                shift++;
            }
            denseShift = shift;
            locks = new Object[PARTS];
            for (int p = 0; p < PARTS; p++) {
                locks[p] = new Object();
            }
        } else {
            this.dense = null;
            denseShift = 0;
            locks = null;
        }
    }

    public Period period() {
        return period;
    }

    /** The index of {@code unit} in the tree (its order in {@link UnitTree#units()}). */
    public int indexOf(Unit unit) {
        return unitIndex.get(unit.code());
    }

    /** True for the statuses that count nowhere: 1 new (not yet received), 3 not received, 7 withdrawn. */
    public static boolean isExcluded(int status) {
        return status == 1 || status == 3 || status == 7;
    }

    /**
     * Counts one validated dossier (see the class comment for the rules) of unit {@code unit} ({@link #indexOf})
     * and procedure {@code procedure} ({@link Procedures#indexOf}); times in local seconds, {@link #ABSENT} for
     * no due / not finished.
     */
    public void add(int unit, int procedure, int channel, int status, long received, long due, long finished,
            int paidOnline, boolean feeBearing, boolean digitized, boolean eResult) {
        read++;
        if (isExcluded(status)) {
            excluded++;
            return;
        }
        int key = procedure * width + unit;
        int bits = 1 << COUNTED;
        boolean online = channel == 2;
        if (received >= start && received <= end) {
            bits |= 1 << RECEIVED;
            if (online) {
                bits |= 1 << RECEIVED_ONLINE;
            }
        }
        if (finished >= start && finished <= end) {
            bits |= 1 << FINISHED;
            if (finished <= due) {
                bits |= 1 << FINISHED_ON_TIME;
            }
            if (online) {
                bits |= 1 << FINISHED_ONLINE;
            }
            if (digitized && eResult) {
                bits |= 1 << FINISHED_DIGITAL;
            }
            if (feeBearing) {
                bits |= 1 << FINISHED_FEE;
                if (paidOnline == 1 || paidOnline == 2) {
                    bits |= 1 << FINISHED_FEE_PAID_ONLINE;
                }
            }
        } else if (received <= end && finished > end) {
            bits |= 1 << PENDING;
            if (due != ABSENT && due < end) {
                bits |= 1 << PENDING_OVERDUE;
            }
        }
        int p = part(key);
        long[] q = queued[p];
        int n = queuedSize[p];
        if (q == null) {
            q = queued[p] = new long[16];
        } else if (n == q.length) {
            if (n < QUEUE) {
                q = queued[p] = Arrays.copyOf(q, n * 2);
            } else {
                flush(p);
                n = 0;
            }
        }
        q[n] = ((long) key << 32) | bits;
        queuedSize[p] = n + 1;
    }

    private int part(int key) {
        return dense != null ? key >>> denseShift : CellCounters.mix(key) >>> 26;
    }

    private CellCounters table(int p) {
        CellCounters t = cells[p];
        if (t == null) {
            t = cells[p] = new CellCounters(16);
        }
        return t;
    }

    /** Adds table {@code p}'s queue to it. */
    private void flush(int p) {
        int n = queuedSize[p];
        if (n == 0) {
            return;
        }
        long[] q = queued[p];
        queuedSize[p] = 0;
        if (dense != null) {
            synchronized (locks[p]) {
                addQueue(dense, q, n);
            }
            return;
        }
        CellCounters t = table(p);
        for (int i = 0; i < n; i++) {
            long e = q[i];
            int o = t.offset((int) (e >>> 32));
            int[] c = t.counters();
            for (int bits = (int) e; bits != 0; bits &= bits - 1) {
                c[o + Integer.numberOfTrailingZeros(bits)]++;
            }
        }
    }

    private static void addQueue(int[] c, long[] q, int n) {
        for (int i = 0; i < n; i++) {
            long e = q[i];
            int o = (int) (e >>> 32) * COUNTERS;
            for (int bits = (int) e; bits != 0; bits &= bits - 1) {
                c[o + Integer.numberOfTrailingZeros(bits)]++;
            }
        }
    }

    private void flushAll() {
        for (int p = 0; p < PARTS; p++) {
            flush(p);
        }
    }

    /** Every cell as {@code key << 32 | offset} (in the table of {@link #part}(key)). */
    private long[] keysWithOffsets() {
        flushAll();
        int n = 0;
        for (CellCounters t : cells) {
            n += t == null ? 0 : t.size();
        }
        long[] out = new long[n];
        int at = 0;
        for (CellCounters t : cells) {
            if (t != null) {
                long[] k = t.keysWithOffsets();
                System.arraycopy(k, 0, out, at, k.length);
                at += k.length;
            }
        }
        return out;
    }

    /**
     * Adds the stored counts of the (unit, procedure) cell {@code sums} (for this count's period: see
     * {@link DossierMonths}) as if its dossiers had been counted one by one.
     */
    public void addStored(int unit, int procedure, DossierCellSums sums) {
        long[] from = DossierMonths.counters(sums);
        int key = procedure * width + unit;
        int p = part(key);
        flush(p);
        if (dense != null) {
            synchronized (locks[p]) {
                for (int k = 0; k < COUNTERS; k++) {
                    dense[key * COUNTERS + k] += Math.toIntExact(from[k]);
                }
            }
        } else {
            CellCounters t = table(p);
            int o = t.offset(key);
            int[] c = t.counters();
            for (int k = 0; k < COUNTERS; k++) {
                c[o + k] += Math.toIntExact(from[k]);
            }
        }
        long excludedHere = sums.all()[DossierMonths.EXCLUDED];
        read += from[COUNTED] + excludedHere;
        excluded += excludedHere;
    }

    /** Counts a dossier that was read but is not counted because the file is refused (keeps {@link #read} right). */
    public void skip() {
        read++;
    }

    /** Dossiers read (counted or excluded). */
    public long read() {
        return read;
    }

    /** Dossiers of status 1, 3 or 7. */
    public long excluded() {
        return excluded;
    }

    public long counted() {
        return read - excluded;
    }

    /** The counter {@code counter} of the (unit, procedure) cell of the unit's own dossiers (not its subtree). */
    public long count(int unit, int procedure, int counter) {
        int key = procedure * width + unit;
        flush(part(key));
        if (dense != null) {
            return dense[key * COUNTERS + counter];
        }
        CellCounters t = cells[part(key)];
        int o = t == null ? -1 : t.find(key);
        return o < 0 ? 0 : t.counters()[o + counter];
    }

    /** Adds the counts of {@code other} (same period, tree and procedures: another part of the same file). */
    public void addAll(DossierCounts other) {
        if (other == this) {
            throw new IllegalArgumentException("a count cannot add itself");
        }
        if (dense != null && other.dense == dense) {
            other.flushAll(); // its dossiers are in the shared counters once its queues are
            read += other.read;
            excluded += other.excluded;
            return;
        }
        if (dense != null && other.dense != null && dense.length == other.dense.length) {
            flushAll();
            other.flushAll();
            int[] c = dense;
            int[] oc = other.dense;
            for (int i = 0; i < c.length; i++) {
                c[i] += oc[i];
            }
            read += other.read;
            excluded += other.excluded;
            return;
        }
        if (other.dense != null) {
            other.flushAll();
            for (int key = 0; key * COUNTERS < other.dense.length; key++) {
                int from = key * COUNTERS;
                if (other.dense[from + COUNTED] == 0 && isZero(other.dense, from)) {
                    continue;
                }
                addCell(key, other.dense, from);
            }
            read += other.read;
            excluded += other.excluded;
            return;
        }
        for (long packed : other.keysWithOffsets()) {
            int key = (int) (packed >>> 32);
            addCell(key, other.cells[other.part(key)].counters(), (int) packed);
        }
        read += other.read;
        excluded += other.excluded;
    }

    /** Adds the counters of cell {@code key} found at {@code from[at…]} to this count's (after its queue). */
    private void addCell(int key, int[] from, int at) {
        int p = part(key);
        flush(p);
        int o;
        int[] c;
        if (dense != null) {
            o = key * COUNTERS;
            c = dense;
        } else {
            CellCounters t = table(p);
            o = t.offset(key); // may grow the table: its counters are read after
            c = t.counters();
        }
        for (int k = 0; k < COUNTERS; k++) {
            c[o + k] += from[at + k];
        }
    }

    /**
     * Adds a cell's counters to a unit's sums: a method of its own, called a million times, so that it is
     * compiled at once (a loop inside a method called once may run interpreted for most of its time).
     */
    private static void addCounters(long[] sums, int base, int[] c, int o) {
        for (int k = 0; k < COUNTERS; k++) {
            sums[base + k] += c[o + k];
        }
    }

    /** {@code packed} cells (key << 32 | offset) grouped by procedure, in one counting pass (no comparison sort). */
    private long[] byProcedure(long[] packed) {
        int procs = Math.max(1, procedures.size());
        int[] start = new int[procs + 1];
        for (long k : packed) {
            start[(int) (k >>> 32) / width + 1]++;
        }
        for (int p = 0; p < procs; p++) {
            start[p + 1] += start[p];
        }
        long[] out = new long[packed.length];
        for (long k : packed) {
            out[start[(int) (k >>> 32) / width]++] = k;
        }
        return out;
    }

    /**
     * The ten indicators of every unit with a counted dossier in its subtree, in the tree's order and
     * {@link DossierIndicators#ALL}'s order; only units within {@code scope} (null: all). Procedure by
     * procedure, each cell's counters are added to its unit and every unit above it (a small dense array
     * per unit), then folded into the units' sums with the procedure's level and payment (so that a
     * procedure counts once per subtree).
     */
    public List<IndicatorFigure> figures(UnitCode scope) {
        int n = units.size();
        long[][] sums = dense != null ? denseSums() : sparseSums();
        List<IndicatorFigure> out = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            if (sums[u] != null && sums[u][DossierIndicators.S_COUNTED] > 0
                    && (scope == null || tree.isWithin(units.get(u).code(), scope))) {
                out.addAll(DossierIndicators.figures(units.get(u).code(), period, sums[u]));
            }
        }
        return out;
    }

    private static boolean isZero(int[] c, int o) {
        int or = 0;
        for (int k = 0; k < COUNTERS; k++) {
            or |= c[o + k];
        }
        return or == 0;
    }

    private static boolean isZero(long[] c, int o) {
        long or = 0;
        for (int k = 0; k < COUNTERS; k++) {
            or |= c[o + k];
        }
        return or == 0;
    }

    /**
     * The units' sums from the dense counters: procedure by procedure, its block of cells (the units side by
     * side) is copied into one small array of subtree sums and each unit's sum is added to its parent's, the
     * deepest units first, so that every unit's subtree is summed once; then each unit's subtree cell that
     * has any count is folded into the unit's sums with the procedure's level and payment.
     */
    private long[][] denseSums() {
        flushAll();
        int n = units.size();
        int[] childrenFirst = childrenFirst();
        long[] subtree = new long[n * COUNTERS];
        long[][] sums = new long[n][];
        int[] c = dense;
        int procs = dense.length / (width * COUNTERS);
        for (int p = 0; p < procs; p++) {
            int base = p * width * COUNTERS;
            int or = 0;
            for (int i = 0; i < n * COUNTERS; i++) {
                int v = c[base + i];
                subtree[i] = v;
                or |= v;
            }
            if (or == 0) {
                continue;
            }
            for (int u : childrenFirst) {
                int up = parent[u];
                if (up >= 0) {
                    addSubtree(subtree, up * COUNTERS, u * COUNTERS);
                }
            }
            Procedure procedure = procedures.get(p);
            for (int u = 0; u < n; u++) {
                int o = u * COUNTERS;
                if (subtree[o + COUNTED] == 0 && isZero(subtree, o)) {
                    continue;
                }
                if (sums[u] == null) {
                    sums[u] = new long[DossierIndicators.SUMS];
                }
                DossierIndicators.addCell(sums[u], subtree, o, procedure);
            }
        }
        return sums;
    }

    private static void addSubtree(long[] s, int to, int from) {
        for (int k = 0; k < COUNTERS; k++) {
            s[to + k] += s[from + k];
        }
    }

    /** The units' indices, the deepest first (every unit after all of its descendants). */
    private int[] childrenFirst() {
        int n = units.size();
        int[] depth = new int[n];
        int deepest = 0;
        for (int u = 0; u < n; u++) {
            int d = 0;
            for (int a = parent[u]; a >= 0; a = parent[a]) {
                d++;
            }
            depth[u] = d;
            deepest = Math.max(deepest, d);
        }
        int[] start = new int[deepest + 2];
        for (int u = 0; u < n; u++) {
            start[deepest - depth[u] + 1]++;
        }
        for (int d = 0; d <= deepest; d++) {
            start[d + 1] += start[d];
        }
        int[] order = new int[n];
        for (int u = 0; u < n; u++) {
            order[start[deepest - depth[u]]++] = u;
        }
        return order;
    }

    /** The units' sums from the sparse cells ({@link CellCounters}). */
    private long[][] sparseSums() {
        int n = units.size();
        long[] keys = byProcedure(keysWithOffsets());
        long[] subtree = new long[n * COUNTERS];
        boolean[] touched = new boolean[n];
        int[] touchedList = new int[n];
        long[][] sums = new long[n][];
        int i = 0;
        while (i < keys.length) {
            int p = (int) (keys[i] >>> 32) / width;
            Procedure procedure = procedures.get(p);
            int t = 0;
            for (; i < keys.length && (int) (keys[i] >>> 32) / width == p; i++) {
                int key = (int) (keys[i] >>> 32);
                int u = key % width;
                int o = (int) keys[i];
                int[] c = cells[part(key)].counters();
                for (int a = u; a >= 0; a = parent[a]) {
                    if (!touched[a]) {
                        touched[a] = true;
                        touchedList[t++] = a;
                    }
                    addCounters(subtree, a * COUNTERS, c, o);
                }
            }
            for (int j = 0; j < t; j++) {
                int a = touchedList[j];
                if (sums[a] == null) {
                    sums[a] = new long[DossierIndicators.SUMS];
                }
                DossierIndicators.addCell(sums[a], subtree, a * COUNTERS, procedure);
                Arrays.fill(subtree, a * COUNTERS, a * COUNTERS + COUNTERS, 0L);
                touched[a] = false;
            }
        }
        return sums;
    }
}
