package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.List;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/**
 * The cascade of {@link Cascade} computed on exact scaled integers instead of BigDecimal: every
 * percentage is held as a long in units of 10^-sp points, every readiness in 10^-sr, every weight
 * in 10^-sw, so that sums, products and comparisons stay exact while costing a few nanoseconds.
 * Break points are ordered by a radix sort on their value as a float (rounding is monotone, so it
 * never inverts two of them) and runs of equal floats are put in exact order by
 * cross-multiplication. Any overflow
 * ({@link ArithmeticException} from the exact long operations) or input with more than six
 * decimals makes {@link #tryPlan} answer null, and the caller uses the BigDecimal solver.
 */
final class ScaledCascade {

    private static final int MAX_SCALE = 6;
    private static final double[] POW10_DOUBLE = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
    private static final int AT_CAP = -1;
    private static final int RADIX_BITS = 11;
    private static final int RADIX = 1 << RADIX_BITS;
    private static final long RADIX_MASK = RADIX - 1;
    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L};

    private final AllocationPolicy policy;

    private ScaledCascade(AllocationPolicy policy) {
        this.policy = policy;
    }

    /** The plan, or null when the inputs do not fit exact long arithmetic. */
    static CascadePlan tryPlan(AllocationPolicy policy, UnitCode parent, BigDecimal target, List<CascadeChild> children) {
        if (policy.rounding() == Rounding.NONE) {
            return null;
        }
        try {
            return new ScaledCascade(policy).plan(parent, target, children);
        } catch (ArithmeticException overflowOrTooPrecise) {
            return null;
        }
    }

    private CascadePlan plan(UnitCode parent, BigDecimal target, List<CascadeChild> children) {
        int n = children.size();
        int sp = Math.max(Math.max(scale(policy.growth()), scale(policy.cap())), Math.max(scale(policy.granularity()),
                scale(target)));
        for (BigDecimal f : policy.floors().values()) {
            sp = Math.max(sp, scale(f));
        }
        int sr = 0;
        int sw = 0;
        long[] floorOf = floorsAt(sp);
        long growth = scaled(policy.growth(), sp);
        // caps, floors and bases are percentages (at most 100, six decimals) and readiness is at
        // most 1: all fit an int at their scale, which halves the memory the solver walks
        long policyCap = scaled(policy.cap(), sp);

        long[] w = new long[n];
        int[] r = new int[n];
        int[] c = new int[n];
        int[] base = new int[n];
        long sumW = 0;
        long sumWBase = 0;
        long sumWCap = 0;
        for (int i = 0; i < n; i++) {
            CascadeChild ch = children.get(i);
            BigDecimal weight = ch.weight();
            BigDecimal readiness = ch.readiness();
            BigDecimal baseline = ch.baseline();
            BigDecimal cap = ch.cap();
            int needP = Math.max(baseline == null ? 0 : scale(baseline), cap == null ? 0 : scale(cap));
            int needR = scale(readiness);
            int needW = scale(weight);
            if (needP > sp || needR > sr || needW > sw) {
                // the first child with more decimals than those before it: bring them to the new
                // scales (exact, and at most six times per scale), rather than reading every
                // child twice, once for the scales and once for the values
                int np = Math.max(sp, needP);
                int nr = Math.max(sr, needR);
                int nw = Math.max(sw, needW);
                long mp = POW10[np - sp];
                long mr = POW10[nr - sr];
                long mw = POW10[nw - sw];
                for (int j = 0; j < i; j++) {
                    w[j] = Math.multiplyExact(w[j], mw);
                    r[j] = Math.toIntExact(Math.multiplyExact(r[j], mr));
                    c[j] = Math.toIntExact(Math.multiplyExact(c[j], mp));
                    base[j] = Math.toIntExact(Math.multiplyExact(base[j], mp));
                }
                sumW = Math.multiplyExact(sumW, mw);
                sumWBase = Math.multiplyExact(sumWBase, mw * mp);
                sumWCap = Math.multiplyExact(sumWCap, mw * mp);
                sp = np;
                sr = nr;
                sw = nw;
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
        long granularity = scaled(policy.granularity(), sp);
        long t = scaled(target, sp);

        // each target as a number of granularity steps, or AT_CAP: rows then need no division
        int[] targets = new int[n];
        if (sumW == 0) {
            for (int i = 0; i < n; i++) {
                targets[i] = stepsUp(base[i], c[i], granularity);
            }
            return new CascadePlan(parent, target, true, BigDecimal.ZERO, null, null,
                    rows(children, sp, c, base, targets));
        }
        long needed = Math.multiplyExact(t, sumW);
        BigDecimal bestReachable = BigDecimal.valueOf(sumWCap, sw + sp).divide(BigDecimal.valueOf(sumW, sw),
                Cascade.PRECISION);
        if (sumWCap < needed) {
            java.util.Arrays.fill(targets, AT_CAP);
            return new CascadePlan(parent, target, false, null, bestReachable, bestReachable,
                    rows(children, sp, c, base, targets));
        }
        long numerator;
        long denominator;
        boolean[] capped = new boolean[n];
        if (sumWBase >= needed) {
            numerator = 0;
            denominator = 1;
        } else {
            int[] order = breakPointOrder(w, r, c, base);
            long a = sumWBase;
            long slope = 0;
            for (int i : order) {
                slope = Math.addExact(slope, Math.multiplyExact(w[i], r[i]));
            }
            numerator = -1;
            denominator = 0;
            for (int k : order) {
                long need = needed - a;
                long gap = c[k] - base[k];
                if (Math.multiplyExact(need, r[k]) <= Math.multiplyExact(slope, gap)) {
                    numerator = need;
                    denominator = slope;
                    break;
                }
                capped[k] = true;
                a = Math.addExact(a, Math.multiplyExact(w[k], gap));
                slope -= w[k] * r[k];
            }
            if (numerator < 0) {
                throw new IllegalStateException("no break point reached the target although the caps do");
            }
        }
        // t_i = min(c, g · ceil((base·D + r·N) / (g·D))), all at scale sp + sw + sr; Σ w t on the way
        long gd = Math.multiplyExact(granularity, denominator);
        boolean quotientByDouble = gd < 1L << 61;
        double gdApprox = gd;
        long sumWT = 0;
        for (int i = 0; i < n; i++) {
            long ti = c[i];
            targets[i] = AT_CAP;
            if (!capped[i]) {
                long x = Math.addExact(Math.multiplyExact((long) base[i], denominator),
                        Math.multiplyExact((long) r[i], numerator));
                long steps = quotientByDouble ? ceilDiv(x, gd, gdApprox) : -Math.floorDiv(-x, gd);
                long raised = Math.multiplyExact(steps, granularity);
                if (raised < ti) {
                    ti = raised;
                    targets[i] = (int) steps;
                }
            }
            if (w[i] > 0) {
                sumWT = Math.addExact(sumWT, Math.multiplyExact(w[i], ti));
            }
        }
        BigDecimal delta = numerator == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(numerator, sw + sp).divide(BigDecimal.valueOf(denominator, sw + sr), Cascade.PRECISION);
        BigDecimal achieved = BigDecimal.valueOf(sumWT, sw + sp).divide(BigDecimal.valueOf(sumW, sw), Cascade.PRECISION);
        return new CascadePlan(parent, target, true, delta, achieved, bestReachable, rows(children, sp, c, base, targets));
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

    /** Children with weight and room to rise, by break point (c − base) / r, exactly. */
    private static int[] breakPointOrder(long[] w, int[] r, int[] c, int[] base) {
        int n = w.length;
        // each key carries its child's index in the low half, so one array moves through the sort
        long[] keyed = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int gap = c[i] - base[i];
            if (w[i] > 0 && gap > 0) {
                // the correctly rounded quotient, then rounded to float: monotone (never inverts two
                // break points), though two close break points may share a key
                float key = (float) ((double) gap / (double) r[i]);
                keyed[m++] = (long) Float.floatToRawIntBits(key) << 32 | i;
            }
        }
        keyed = radixSortHigh(keyed, m);
        int[] order = new int[m];
        for (int j = 0; j < m; j++) {
            order[j] = (int) keyed[j];
        }
        // equal keys may still hide different fractions: order each run of them exactly
        int start = 0;
        for (int j = 1; j <= m; j++) {
            if (j == m || keyed[j] >>> 32 != keyed[start] >>> 32) {
                if (j - start > 64) {
                    // long runs are mostly children sharing (gap, r) exactly (many sit at their
                    // floor with the same readiness): already in order, nothing to sort
                    if (!inOrder(order, start, j, r, c, base)) {
                        exactSort(order, start, j, r, c, base);
                    }
                } else if (j - start > 1) {
                    insertionSort(order, start, j, r, c, base);
                }
                start = j;
            }
        }
        return order;
    }

    private static boolean inOrder(int[] order, int from, int to, int[] r, int[] c, int[] base) {
        for (int j = from + 1; j < to; j++) {
            if (before(order[j], order[j - 1], r, c, base)) {
                return false;
            }
        }
        return true;
    }

    /** A long run of equal keys out of order: TimSort with the exact comparator. */
    private static void exactSort(int[] order, int from, int to, int[] r, int[] c, int[] base) {
        Integer[] run = new Integer[to - from];
        for (int j = from; j < to; j++) {
            run[j - from] = order[j];
        }
        java.util.Arrays.sort(run, (a, b) -> before(a, b, r, c, base) ? -1 : before(b, a, r, c, base) ? 1 : 0);
        for (int j = from; j < to; j++) {
            order[j] = run[j - from];
        }
    }

    private static void insertionSort(int[] order, int from, int to, int[] r, int[] c, int[] base) {
        for (int j = from + 1; j < to; j++) {
            int x = order[j];
            int k = j - 1;
            while (k >= from && before(x, order[k], r, c, base)) {
                order[k + 1] = order[k];
                k--;
            }
            order[k + 1] = x;
        }
    }

    /** (c_a − base_a)/r_a < (c_b − base_b)/r_b, exactly: gaps are below 2^27 and readiness below 2^20. */
    private static boolean before(int a, int b, int[] r, int[] c, int[] base) {
        return (long) (c[a] - base[a]) * r[b] < (long) (c[b] - base[b]) * r[a];
    }

    /**
     * Stable LSD radix sort of the first m values by their high 32 bits (non-negative), which
     * are the keys; the answer is {@code keyed} or a scratch array holding them in order.
     */
    private static long[] radixSortHigh(long[] keyed, int m) {
        long[] k = keyed;
        long[] k2 = null;
        int[] count = new int[RADIX + 1];
        for (int shift = 32; shift < 64 && m > 1; shift += RADIX_BITS) {
            java.util.Arrays.fill(count, 0);
            for (int j = 0; j < m; j++) {
                count[(int) ((k[j] >>> shift) & RADIX_MASK) + 1]++;
            }
            if (count[(int) ((k[0] >>> shift) & RADIX_MASK) + 1] == m) {
                continue; // every key has the same digit here
            }
            for (int b = 0; b < RADIX; b++) {
                count[b + 1] += count[b];
            }
            if (k2 == null) {
                k2 = new long[m];
            }
            for (int j = 0; j < m; j++) {
                long v = k[j];
                k2[count[(int) ((v >>> shift) & RADIX_MASK)]++] = v;
            }
            long[] tk = k;
            k = k2;
            k2 = tk;
        }
        return k;
    }

    /**
     * The plan's rows. Values are shared wherever they can be: the policy's cap and floors, a
     * child's own cap and baseline, and one BigDecimal per multiple of the granularity.
     */
    private List<ChildTarget> rows(List<CascadeChild> children, int sp, int[] c, int[] base, int[] stepsOf) {
        int n = children.size();
        ChildTarget[] rows = new ChildTarget[n];
        long policyCap = scaled(policy.cap(), sp);
        long granularity = scaled(policy.granularity(), sp);
        long growth = scaled(policy.growth(), sp);
        BigDecimal[] steps = new BigDecimal[(int) Math.min(100_001, policyCap / granularity + 2)];
        long[] floorOf = new long[UnitKind.values().length];
        BigDecimal[] floorObject = new BigDecimal[UnitKind.values().length];
        for (UnitKind k : UnitKind.values()) {
            floorObject[k.ordinal()] = policy.floor(k);
            floorOf[k.ordinal()] = scaled(floorObject[k.ordinal()], sp);
        }
        for (int i = 0; i < n; i++) {
            CascadeChild ch = children.get(i);
            int kind = ch.kind().ordinal();
            BigDecimal floor = floorObject[kind];
            BigDecimal cap = c[i] == policyCap ? policy.cap() : ch.cap();
            BigDecimal b;
            if (base[i] == c[i]) {
                b = cap;
            } else if (base[i] == floorOf[kind]) {
                b = floor;
            } else if (growth == 0 && ch.baseline() != null) {
                b = ch.baseline();
            } else {
                b = decimal(base[i], sp);
            }
            BigDecimal t;
            int k = stepsOf[i];
            long ti = k * granularity;
            if (k == AT_CAP) {
                t = cap;
            } else if (ti == base[i]) {
                t = b;
            } else if (k < steps.length) {
                if (steps[k] == null) {
                    steps[k] = decimal(ti, sp);
                }
                t = steps[k];
            } else {
                t = decimal(ti, sp);
            }
            rows[i] = new ChildTarget(ch.unit(), ch.name(), ch.kind(), ch.weight(), ch.baseline(), ch.readiness(), cap,
                    floor, b, t);
        }
        return new PlanRows(rows);
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
