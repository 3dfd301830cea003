package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Consumer;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/**
 * The cascade of {@link Cascade} computed on exact scaled integers instead of BigDecimal: every
 * percentage is held in units of 10^-sp points, every readiness in 10^-sr (both as ints: at most
 * 100 and 1 with six decimals), every weight in 10^-sw as a long, so that sums, products and
 * comparisons stay exact while costing a few nanoseconds. The break point where δ lies is
 * selected without sorting them (see {@link #uplift}); comparisons of break points are exact
 * cross-multiplications. Any overflow
 * ({@link ArithmeticException} from the exact long operations) or input with more than six
 * decimals makes {@link #tryPlan} answer null, and the caller uses the BigDecimal solver.
 *
 * <p>With many children the passes over them (reading the inputs; putting the break points in
 * buckets; computing the targets and making the rows) are split into parts run on the common
 * fork-join pool. Each part sums exactly at its own scales and the parts are brought to common
 * scales before they are added, so the plan is the same whatever the split.
 */
final class ScaledCascade {

    private static final int MAX_SCALE = 6;
    private static final double[] POW10_DOUBLE = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
    private static final int AT_CAP = -1;
    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L};
    /** Break points sampled to split the moving children into PIVOTS + 1 buckets (2^5 − 1). */
    private static final int PIVOTS = 31;
    /** Bucket of a child that does not move with δ (no weight, or no room above its base). */
    private static final byte STILL = Byte.MAX_VALUE;
    /** Bucket of a child found to reach its cap below δ. */
    private static final byte CAPPED = -1;
    /** Fewer children than this in a part cost more to hand to another thread than to walk. */
    private static final int MIN_PART = 1_024;

    private final AllocationPolicy policy;
    private final List<CascadeChild> children;
    // caps, floors and bases are percentages (at most 100, six decimals) and readiness is at
    // most 1: all fit an int at their scale, which halves the memory the solver walks
    private final long[] w;
    private final int[] r;
    private final int[] c;
    private final int[] base;

    private ScaledCascade(AllocationPolicy policy, List<CascadeChild> children) {
        this.policy = policy;
        this.children = children;
        int n = children.size();
        this.w = new long[n];
        this.r = new int[n];
        this.c = new int[n];
        this.base = new int[n];
    }

    /** The plan, or null when the inputs do not fit exact long arithmetic. */
    static CascadePlan tryPlan(AllocationPolicy policy, UnitCode parent, BigDecimal target, List<CascadeChild> children) {
        if (policy.rounding() == Rounding.NONE) {
            return null;
        }
        try {
            return new ScaledCascade(policy, children).plan(parent, target);
        } catch (ArithmeticException overflowOrTooPrecise) {
            return null;
        }
    }

    private CascadePlan plan(UnitCode parent, BigDecimal target) {
        int n = children.size();
        int policyScale = Math.max(Math.max(scale(policy.growth()), scale(policy.cap())),
                Math.max(scale(policy.granularity()), scale(target)));
        for (BigDecimal f : policy.floors().values()) {
            policyScale = Math.max(policyScale, scale(f));
        }
        Part[] parts = parts(n, policyScale);
        inParallel(parts, Part::read);
        int sp = 0;
        int sr = 0;
        int sw = 0;
        for (Part p : parts) {
            sp = Math.max(sp, p.sp);
            sr = Math.max(sr, p.sr);
            sw = Math.max(sw, p.sw);
        }
        long sumW = 0;
        long sumWBase = 0;
        long sumWCap = 0;
        for (Part p : parts) {
            p.rescale(sp, sr, sw);
            sumW = Math.addExact(sumW, p.sumW);
            sumWBase = Math.addExact(sumWBase, p.sumWBase);
            sumWCap = Math.addExact(sumWCap, p.sumWCap);
        }
        int scale = sp;
        long granularity = scaled(policy.granularity(), sp);
        long t = scaled(target, sp);
        ChildTarget[] rows = new ChildTarget[n];

        if (sumW == 0) {
            inParallel(parts, p -> p.rowsAtBase(rows, scale, granularity));
            return new CascadePlan(parent, target, true, BigDecimal.ZERO, null, null, new PlanRows(rows));
        }
        long needed = Math.multiplyExact(t, sumW);
        BigDecimal bestReachable = BigDecimal.valueOf(sumWCap, sw + sp).divide(BigDecimal.valueOf(sumW, sw),
                Cascade.PRECISION);
        if (sumWCap < needed) {
            inParallel(parts, p -> p.rowsAtCap(rows, scale));
            return new CascadePlan(parent, target, false, null, bestReachable, bestReachable, new PlanRows(rows));
        }
        byte[] bucketOf = new byte[n];
        Uplift uplift;
        if (sumWBase >= needed) {
            uplift = new Uplift(CAPPED, 0, 1);
        } else {
            Pivots pivots = Pivots.sample(w, r, c, base);
            inParallel(parts, p -> p.bucket(bucketOf, pivots));
            uplift = uplift(parts, pivots, bucketOf, sumWBase, needed);
        }
        inParallel(parts, p -> p.rowsAt(rows, scale, granularity, uplift, bucketOf));
        long sumWT = 0;
        for (Part p : parts) {
            sumWT = Math.addExact(sumWT, p.sumWT);
        }
        BigDecimal delta = uplift.numerator() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(uplift.numerator(), sw + sp)
                        .divide(BigDecimal.valueOf(uplift.denominator(), sw + sr), Cascade.PRECISION);
        BigDecimal achieved = BigDecimal.valueOf(sumWT, sw + sp).divide(BigDecimal.valueOf(sumW, sw), Cascade.PRECISION);
        return new CascadePlan(parent, target, true, delta, achieved, bestReachable, new PlanRows(rows));
    }

    /**
     * Four parts for each thread that can run them (the common pool's and this one), so that the
     * others take over the share of a thread that starts late; each of at least
     * {@link #MIN_PART} children, and one part for fewer.
     */
    private Part[] parts(int n, int policyScale) {
        int count = Math.max(1, Math.min(4 * (ForkJoinPool.getCommonPoolParallelism() + 1), n / MIN_PART));
        Part[] parts = new Part[count];
        for (int k = 0; k < count; k++) {
            parts[k] = new Part((int) ((long) n * k / count), (int) ((long) n * (k + 1) / count), policyScale);
        }
        return parts;
    }

    /**
     * Runs {@code pass} on every part: the first in this thread, the others on the common pool
     * (this thread helps with those no pool thread has taken). An exception of a part, such as an
     * overflow, is thrown here.
     */
    private static void inParallel(Part[] parts, Consumer<Part> pass) {
        if (parts.length == 1) {
            pass.accept(parts[0]);
            return;
        }
        List<ForkJoinTask<?>> tasks = new ArrayList<>(parts.length);
        for (Part p : parts) {
            tasks.add(ForkJoinTask.adapt(() -> pass.accept(p)));
        }
        ForkJoinTask.invokeAll(tasks);
    }

    /** Children {@code [from, to)}: their scales and sums, then their rows. */
    private final class Part {

        private final int from;
        private final int to;
        private int sp;
        private int sr;
        private int sw;
        private long sumW;
        private long sumWBase;
        private long sumWCap;
        private long sumWT;
        private long[] gapSum;
        private long[] slopeSum;

        Part(int from, int to, int policyScale) {
            this.from = from;
            this.to = to;
            this.sp = policyScale;
        }

        /** Reads the part's children at the smallest scales that hold them exactly. */
        void read() {
            long[] floorOf = floorsAt(sp);
            long growth = scaled(policy.growth(), sp);
            long policyCap = scaled(policy.cap(), sp);
            for (int i = from; i < to; i++) {
                CascadeChild ch = children.get(i);
                BigDecimal weight = ch.weight();
                BigDecimal readiness = ch.readiness();
                BigDecimal baseline = ch.baseline();
                BigDecimal cap = ch.cap();
                int needP = Math.max(baseline == null ? 0 : scale(baseline), cap == null ? 0 : scale(cap));
                int needR = scale(readiness);
                int needW = scale(weight);
                if (needP > sp || needR > sr || needW > sw) {
                    // the first child with more decimals than those before it: bring them to the
                    // new scales (exact, and at most six times per scale), rather than reading
                    // every child twice, once for the scales and once for the values
                    rescale(i, Math.max(sp, needP), Math.max(sr, needR), Math.max(sw, needW));
                    floorOf = floorsAt(sp);
                    growth = scaled(policy.growth(), sp);
                    policyCap = scaled(policy.cap(), sp);
                }
                long wi = scaled(weight, sw);
                long ci = cap == null ? policyCap : Math.min(scaled(cap, sp), policyCap);
                long f = floorOf[ch.kind().ordinal()];
                long start = baseline == null ? f : Math.max(f, Math.addExact(scaled(baseline, sp), growth));
                long bi = Math.min(start, ci);
                w[i] = wi;
                r[i] = Math.toIntExact(scaled(readiness, sr));
                c[i] = Math.toIntExact(ci);
                base[i] = Math.toIntExact(bi);
                if (wi > 0) {
                    sumW = Math.addExact(sumW, wi);
                    sumWBase = Math.addExact(sumWBase, Math.multiplyExact(wi, bi));
                    sumWCap = Math.addExact(sumWCap, Math.multiplyExact(wi, ci));
                }
            }
        }

        /** Brings the whole part to the given scales, at least its own. */
        void rescale(int np, int nr, int nw) {
            if (np != sp || nr != sr || nw != sw) {
                rescale(to, np, nr, nw);
            }
        }

        /** Brings children {@code [from, end)} and the sums to the given scales. */
        private void rescale(int end, int np, int nr, int nw) {
            long mp = POW10[np - sp];
            long mr = POW10[nr - sr];
            long mw = POW10[nw - sw];
            for (int j = from; j < end; j++) {
                w[j] = Math.multiplyExact(w[j], mw);
                r[j] = Math.toIntExact(Math.multiplyExact(r[j], mr));
                c[j] = Math.toIntExact(Math.multiplyExact(c[j], mp));
                base[j] = Math.toIntExact(Math.multiplyExact(base[j], mp));
            }
            sumW = Math.multiplyExact(sumW, mw);
            sumWBase = Math.multiplyExact(sumWBase, Math.multiplyExact(mw, mp));
            sumWCap = Math.multiplyExact(sumWCap, Math.multiplyExact(mw, mp));
            sp = np;
            sr = nr;
            sw = nw;
        }

        /**
         * Puts each moving child of the part in its bucket (the number of pivots below its break
         * point, by a branch-free binary search with exact cross-products) and sums each bucket's
         * Σ w·gap and Σ w·r; the others are STILL.
         */
        void bucket(byte[] bucketOf, Pivots pivots) {
            long[] pg = pivots.gap;
            long[] pr = pivots.r;
            gapSum = new long[PIVOTS + 1];
            slopeSum = new long[PIVOTS + 1];
            for (int i = from; i < to; i++) {
                long wi = w[i];
                long xg = c[i] - base[i];
                if (wi <= 0 || xg <= 0) {
                    bucketOf[i] = STILL;
                    continue;
                }
                long xr = r[i];
                int b = 0;
                for (int step = (PIVOTS + 1) / 2; step > 0; step >>= 1) {
                    int k = b + step - 1;
                    b += pg[k] * xr < xg * pr[k] ? step : 0;
                }
                bucketOf[i] = (byte) b;
                gapSum[b] = Math.addExact(gapSum[b], Math.multiplyExact(wi, xg));
                slopeSum[b] = Math.addExact(slopeSum[b], Math.multiplyExact(wi, xr));
            }
        }

        /** Rows when the children weigh nothing: each at its base, rounded up. */
        void rowsAtBase(ChildTarget[] out, int scale, long granularity) {
            Rows rows = new Rows(out, scale, to - from);
            for (int i = from; i < to; i++) {
                rows.add(i, children.get(i), c[i], base[i], stepsUp(base[i], c[i], granularity));
            }
        }

        /** Rows of an unreachable target: every child at its cap. */
        void rowsAtCap(ChildTarget[] out, int scale) {
            Rows rows = new Rows(out, scale, to - from);
            for (int i = from; i < to; i++) {
                rows.add(i, children.get(i), c[i], base[i], AT_CAP);
            }
        }

        /**
         * Rows at δ = N / D: t_i = min(c, g · ceil((base·D + r·N) / (g·D))), all at scale
         * sp + sw + sr, except for the children at their caps below δ (bucket below the split);
         * each row made as its target is known; Σ w t on the way.
         */
        void rowsAt(ChildTarget[] out, int scale, long granularity, Uplift uplift, byte[] bucketOf) {
            long numerator = uplift.numerator();
            long denominator = uplift.denominator();
            int split = uplift.split();
            long gd = Math.multiplyExact(granularity, denominator);
            boolean quotientByDouble = gd < 1L << 61;
            double gdApprox = gd;
            Rows rows = new Rows(out, scale, to - from);
            long sum = 0;
            for (int i = from; i < to; i++) {
                long ti = c[i];
                int stepsOfTarget = AT_CAP;
                if (bucketOf[i] >= split) {
                    long x = Math.addExact(Math.multiplyExact((long) base[i], denominator),
                            Math.multiplyExact((long) r[i], numerator));
                    long steps = quotientByDouble ? ceilDiv(x, gd, gdApprox) : -Math.floorDiv(-x, gd);
                    long raised = Math.multiplyExact(steps, granularity);
                    if (raised < ti) {
                        ti = raised;
                        stepsOfTarget = (int) steps;
                    }
                }
                if (w[i] > 0) {
                    sum = Math.addExact(sum, Math.multiplyExact(w[i], ti));
                }
                rows.add(i, children.get(i), c[i], base[i], stepsOfTarget);
            }
            sumWT = sum;
        }
    }

    private long[] floorsAt(int sp) {
        UnitKind[] kinds = UnitKind.values();
        long[] floorOf = new long[kinds.length];
        for (UnitKind k : kinds) {
            floorOf[k.ordinal()] = scaled(policy.floor(k), sp);
        }
        return floorOf;
    }

    /**
     * ⌈x / d⌉ for 0 ≤ x and 0 < d < 2^61, without a 64-bit division (tens of cycles on this
     * hardware): the quotient of the doubles is within one of the answer, and x − k·d, which lies
     * in (−2d, d] and so is exact even where k·d wraps, says which way to correct it.
     */
    private static long ceilDiv(long x, long d, double dApprox) {
        double q = Math.ceil(x / dApprox);
        if (q >= 0x1p40) {
            return -Math.floorDiv(-x, d);
        }
        long k = (long) q;
        long rem = x - k * d;
        if (rem > 0) {
            k++;
        } else if (rem <= -d) {
            k--;
        }
        return k;
    }

    /** ⌈value / granularity⌉, or AT_CAP when that many steps reach the cap. */
    private static int stepsUp(long value, long cap, long granularity) {
        long steps = -Math.floorDiv(-value, granularity);
        return Math.multiplyExact(steps, granularity) >= cap ? AT_CAP : (int) steps;
    }

    /**
     * Break points of up to {@link #PIVOTS} moving children drawn at random (random draws only
     * decide speed, never the answer), in increasing order without repeats, as gap / r; the
     * unused places hold +∞ (gap 1, r 0), which no break point reaches.
     */
    private record Pivots(long[] gap, long[] r, int count) {

        static Pivots sample(long[] w, int[] r, int[] c, int[] base) {
            int n = w.length;
            long[] pg = new long[PIVOTS];
            long[] pr = new long[PIVOTS];
            int count = 0;
            long seed = 0x9E3779B97F4A7C15L ^ n;
            for (int attempt = 0; attempt < 4 * PIVOTS && count < PIVOTS && n > 0; attempt++) {
                seed ^= seed << 13;
                seed ^= seed >>> 7;
                seed ^= seed << 17;
                int x = (int) Long.remainderUnsigned(seed, n);
                long xg = c[x] - base[x];
                if (w[x] <= 0 || xg <= 0) {
                    continue;
                }
                // insertion into the sorted pivots, skipping a break point already there
                int at = count;
                while (at > 0 && xg * pr[at - 1] < pg[at - 1] * r[x]) {
                    at--;
                }
                if (at > 0 && xg * pr[at - 1] == pg[at - 1] * r[x]) {
                    continue;
                }
                System.arraycopy(pg, at, pg, at + 1, count - at);
                System.arraycopy(pr, at, pr, at + 1, count - at);
                pg[at] = xg;
                pr[at] = r[x];
                count++;
            }
            for (int k = count; k < PIVOTS; k++) {
                pg[k] = 1;
                pr[k] = 0;
            }
            return new Pivots(pg, pr, count);
        }
    }

    /**
     * δ = N / D, and the split: the children whose bucket is below it reach their cap below δ.
     */
    private record Uplift(int split, long numerator, long denominator) {
    }

    /**
     * δ as the fraction N / D, with the split: children whose bucket is below it reach their cap
     * below δ. The moving children (weight and room to rise)
     * have break points β_i = (c_i − base_i) / r_i, and S(δ) = Σ w·min(c, base + r·δ) grows with
     * δ; the first β_k with S(β_k) ≥ T·Σw splits them into those below it, at their caps, and
     * the rest, which still rise with δ: D is the rest's Σ w·r and N = T·Σw − Σ w·(capped ? c :
     * base). That split is the same whichever way β_k is found. The buckets' sums give S at each
     * pivot, so the bucket that holds β_k is known without looking at a child again; within it,
     * β_k is found as a quickselect finds a median: partition around a random child's break
     * point, test S there, and keep only the side that holds β_k (expected linear time; every
     * comparison is an exact cross-product, each below 2^27 · 2^20, and ties with the pivot are
     * settled as one group). Those of the bucket found below β_k are marked CAPPED.
     */
    private Uplift uplift(Part[] parts, Pivots pivots, byte[] bucketOf, long sumWBase, long needed) {
        long[] gapSum = new long[PIVOTS + 1];
        long[] slopeSum = new long[PIVOTS + 1];
        long slopeAll = 0;
        for (Part p : parts) {
            for (int b = 0; b <= PIVOTS; b++) {
                gapSum[b] = Math.addExact(gapSum[b], p.gapSum[b]);
                slopeSum[b] = Math.addExact(slopeSum[b], p.slopeSum[b]);
                slopeAll = Math.addExact(slopeAll, p.slopeSum[b]);
            }
        }
        // S(p_k) = Σ w·base + Σ w·gap of buckets 0..k + p_k · Σ w·r of the buckets above k
        long reached = sumWBase; // Σ w·base, plus w·gap of every child known to be capped
        long rising = slopeAll; // Σ w·r of the children not known to be capped
        int split = pivots.count();
        for (int k = 0; k < pivots.count(); k++) {
            long a = Math.addExact(reached, gapSum[k]);
            long slope = rising - slopeSum[k];
            if (Math.multiplyExact(needed - a, pivots.r()[k]) <= Math.multiplyExact(slope, pivots.gap()[k])) {
                split = k;
                break;
            }
            reached = a;
            rising = slope;
        }
        rising -= slopeSum[split];
        int n = bucketOf.length;
        int[] moving = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (bucketOf[i] == split) {
                moving[m++] = i;
            }
        }
        int lo = 0; // moving[0, lo) are capped, moving[hi, m) rise, moving[lo, hi) are undecided
        int hi = m;
        long seed = 0x9E3779B97F4A7C15L ^ m; // pivots only decide speed, never the answer
        while (lo < hi) {
            seed ^= seed << 13;
            seed ^= seed >>> 7;
            seed ^= seed << 17;
            int p = moving[lo + (int) Long.remainderUnsigned(seed, hi - lo)];
            long pg = c[p] - base[p];
            long pr = r[p];
            // three-way partition of [lo, hi) by break point against the pivot's: below | equal | above
            int lt = lo;
            int i = lo;
            int gt = hi;
            long gapBelow = 0;
            long gapEqual = 0;
            long slopeEqual = 0;
            long slopeAbove = 0;
            while (i < gt) {
                int x = moving[i];
                long xg = c[x] - base[x];
                long left = xg * pr;
                long right = pg * r[x];
                if (left < right) {
                    moving[i] = moving[lt];
                    moving[lt++] = x;
                    i++;
                    gapBelow = Math.addExact(gapBelow, Math.multiplyExact(w[x], xg));
                } else if (left > right) {
                    moving[i] = moving[--gt];
                    moving[gt] = x;
                    slopeAbove = Math.addExact(slopeAbove, Math.multiplyExact(w[x], r[x]));
                } else {
                    i++;
                    gapEqual = Math.addExact(gapEqual, Math.multiplyExact(w[x], xg));
                    slopeEqual = Math.addExact(slopeEqual, Math.multiplyExact(w[x], r[x]));
                }
            }
            long a = Math.addExact(reached, gapBelow);
            long slope = Math.addExact(rising, Math.addExact(slopeEqual, slopeAbove));
            // S(β_p) = a + slope · pg / pr ≥ T Σw  ⇔  (T Σw − a) · pr ≤ slope · pg
            if (Math.multiplyExact(needed - a, pr) <= Math.multiplyExact(slope, pg)) {
                rising = slope; // the pivot's group and all above it rise with δ
                hi = lt;
            } else {
                reached = Math.addExact(a, gapEqual); // the pivot's group and all below it are capped
                lo = gt;
            }
        }
        if (rising == 0) {
            throw new IllegalStateException("no break point reached the target although the caps do");
        }
        for (int j = 0; j < lo; j++) {
            bucketOf[moving[j]] = CAPPED;
        }
        return new Uplift(split, needed - reached, rising);
    }

    /**
     * Rows of a plan, made one by one as the targets are known. Values are shared wherever they
     * can be: the policy's cap and floors, a child's own cap and baseline, one BigDecimal per
     * multiple of the granularity and, with many children, one per base value.
     */
    private final class Rows {

        private final ChildTarget[] rows;
        private final int sp;
        private final long policyCap;
        private final long granularity;
        private final long growth;
        private final BigDecimal[] steps;
        private final BigDecimal[] bases;
        private final long[] floorOf = new long[UnitKind.values().length];
        private final BigDecimal[] floorObject = new BigDecimal[UnitKind.values().length];

        /** Rows written into {@code rows}, about {@code count} of them, at scale {@code sp}. */
        Rows(ChildTarget[] rows, int sp, int count) {
            this.rows = rows;
            this.sp = sp;
            this.policyCap = scaled(policy.cap(), sp);
            this.granularity = scaled(policy.granularity(), sp);
            this.growth = scaled(policy.growth(), sp);
            this.steps = new BigDecimal[(int) Math.min(100_001, policyCap / granularity + 2)];
            // bases off the floor and cap (baseline + growth) repeat too when there are more
            // children than values they can take
            this.bases = policyCap <= 2L * count ? new BigDecimal[(int) policyCap + 1] : null;
            for (UnitKind k : UnitKind.values()) {
                floorObject[k.ordinal()] = policy.floor(k);
                floorOf[k.ordinal()] = scaled(floorObject[k.ordinal()], sp);
            }
        }

        /** Row {@code i}: child {@code ch} with cap {@code c}, base and target as steps (or AT_CAP). */
        void add(int i, CascadeChild ch, int c, int base, int stepsOfTarget) {
            int kind = ch.kind().ordinal();
            BigDecimal floor = floorObject[kind];
            BigDecimal cap = c == policyCap ? policy.cap() : ch.cap();
            BigDecimal b;
            if (base == c) {
                b = cap;
            } else if (base == floorOf[kind]) {
                b = floor;
            } else if (growth == 0 && ch.baseline() != null) {
                b = ch.baseline();
            } else {
                b = bases == null ? decimal(base, sp) : bases[base];
                if (b == null) {
                    b = decimal(base, sp);
                    bases[base] = b;
                }
            }
            BigDecimal t;
            long ti = stepsOfTarget * granularity;
            if (stepsOfTarget == AT_CAP) {
                t = cap;
            } else if (ti == base) {
                t = b;
            } else if (stepsOfTarget < steps.length) {
                if (steps[stepsOfTarget] == null) {
                    steps[stepsOfTarget] = decimal(ti, sp);
                }
                t = steps[stepsOfTarget];
            } else {
                t = decimal(ti, sp);
            }
            rows[i] = new ChildTarget(ch, cap, floor, b, t);
        }
    }

    /** value · 10^-scale without trailing zeros. */
    private static BigDecimal decimal(long value, int scale) {
        long v = value;
        int s = scale;
        while (s > 0 && v % 10 == 0) {
            v /= 10;
            s--;
        }
        return BigDecimal.valueOf(v, s);
    }

    private static int scale(BigDecimal v) {
        int s = v.scale();
        if (s < 0 || s > MAX_SCALE) {
            throw new ArithmeticException("scale " + s + " is outside the scaled solver's range");
        }
        return s;
    }

    /** {@code v} in units of 10^-scale, exactly; ArithmeticException when it does not fit a long. */
    private static long scaled(BigDecimal v, int scale) {
        int s = v.scale();
        long unscaled;
        double approx = s == 0 ? 0 : v.doubleValue() * POW10_DOUBLE[s];
        if (s == 0) {
            unscaled = v.longValueExact();
        } else if (Math.abs(approx) < 1e15) {
            // |unscaled| < 2^51: the correctly rounded double of v, times 10^s, rounds back to it exactly
            unscaled = Math.round(approx);
        } else {
            unscaled = v.movePointRight(s).longValueExact();
        }
        return s == scale ? unscaled : Math.multiplyExact(unscaled, POW10[scale - s]);
    }
}
