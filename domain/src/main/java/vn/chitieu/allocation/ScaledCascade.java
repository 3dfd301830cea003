package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
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
        for (int i = 0; i < n; i++) {
            CascadeChild c = children.get(i);
            if (c.baseline() != null) {
                sp = Math.max(sp, scale(c.baseline()));
            }
            if (c.cap() != null) {
                sp = Math.max(sp, scale(c.cap()));
            }
            sr = Math.max(sr, scale(c.readiness()));
            sw = Math.max(sw, scale(c.weight()));
        }
        UnitKind[] kinds = UnitKind.values();
        long[] floorOf = new long[kinds.length];
        for (UnitKind k : kinds) {
            floorOf[k.ordinal()] = scaled(policy.floor(k), sp);
        }
        long growth = scaled(policy.growth(), sp);
        long policyCap = scaled(policy.cap(), sp);
        long granularity = scaled(policy.granularity(), sp);
        long t = scaled(target, sp);

        long[] w = new long[n];
        long[] r = new long[n];
        long[] c = new long[n];
        long[] base = new long[n];
        long sumW = 0;
        long sumWBase = 0;
        long sumWCap = 0;
        for (int i = 0; i < n; i++) {
            CascadeChild ch = children.get(i);
            w[i] = scaled(ch.weight(), sw);
            r[i] = scaled(ch.readiness(), sr);
            c[i] = ch.cap() == null ? policyCap : Math.min(scaled(ch.cap(), sp), policyCap);
            long f = floorOf[ch.kind().ordinal()];
            long start = ch.baseline() == null ? f : Math.max(f, Math.addExact(scaled(ch.baseline(), sp), growth));
            base[i] = Math.min(start, c[i]);
            if (w[i] > 0) {
                sumW = Math.addExact(sumW, w[i]);
                sumWBase = Math.addExact(sumWBase, Math.multiplyExact(w[i], base[i]));
                sumWCap = Math.addExact(sumWCap, Math.multiplyExact(w[i], c[i]));
            }
        }

        long[] targets = new long[n];
        if (sumW == 0) {
            for (int i = 0; i < n; i++) {
                targets[i] = roundUp(base[i], c[i], granularity);
            }
            return plan(parent, target, children, sp, sw, w, c, base, targets, BigDecimal.ZERO, null, null);
        }
        long needed = Math.multiplyExact(t, sumW);
        BigDecimal bestReachable = BigDecimal.valueOf(sumWCap, sw + sp).divide(BigDecimal.valueOf(sumW, sw),
                Cascade.PRECISION);
        if (sumWCap < needed) {
            return new CascadePlan(parent, target, false, null, bestReachable, bestReachable,
                    rows(children, sp, c, base, c));
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
        // t_i = min(c, g · ceil((base·D + r·N) / (g·D))), all at scale sp + sw + sr
        long gd = Math.multiplyExact(granularity, denominator);
        for (int i = 0; i < n; i++) {
            if (capped[i]) {
                targets[i] = c[i];
            } else {
                long x = Math.addExact(Math.multiplyExact(base[i], denominator), Math.multiplyExact(r[i], numerator));
                long steps = -Math.floorDiv(-x, gd);
                targets[i] = Math.min(c[i], Math.multiplyExact(steps, granularity));
            }
        }
        BigDecimal delta = numerator == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(numerator, sw + sp).divide(BigDecimal.valueOf(denominator, sw + sr), Cascade.PRECISION);
        return plan(parent, target, children, sp, sw, w, c, base, targets, delta, sumW, bestReachable);
    }

    private static long roundUp(long value, long cap, long granularity) {
        long steps = -Math.floorDiv(-value, granularity);
        return Math.min(cap, Math.multiplyExact(steps, granularity));
    }

    /** Children with weight and room to rise, by break point (c − base) / r, exactly. */
    private static int[] breakPointOrder(long[] w, long[] r, long[] c, long[] base) {
        int n = w.length;
        long[] keys = new long[n];
        int[] idx = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            long gap = c[i] - base[i];
            if (w[i] > 0 && gap > 0) {
                // the correctly rounded quotient, then rounded to float: monotone (never inverts two
                // break points), though two close break points may share a key
                keys[m] = Float.floatToRawIntBits((float) ((double) gap / (double) r[i]));
                idx[m++] = i;
            }
        }
        radixSort(keys, idx, m);
        int[] order = java.util.Arrays.copyOf(idx, m);
        long[] sortedKeys = keys;
        // equal keys may still hide different fractions: order each run of them exactly
        int start = 0;
        for (int j = 1; j <= m; j++) {
            if (j == m || sortedKeys[j] != sortedKeys[start]) {
                if (j - start > 64) {
                    exactSort(order, start, j, r, c, base);
                } else if (j - start > 1) {
                    insertionSort(order, start, j, r, c, base);
                }
                start = j;
            }
        }
        return order;
    }

    /** A long run of equal keys: TimSort with the exact comparator (O(k log k), linear when in order). */
    private static void exactSort(int[] order, int from, int to, long[] r, long[] c, long[] base) {
        Integer[] run = new Integer[to - from];
        for (int j = from; j < to; j++) {
            run[j - from] = order[j];
        }
        java.util.Arrays.sort(run, (a, b) -> before(a, b, r, c, base) ? -1 : before(b, a, r, c, base) ? 1 : 0);
        for (int j = from; j < to; j++) {
            order[j] = run[j - from];
        }
    }

    private static void insertionSort(int[] order, int from, int to, long[] r, long[] c, long[] base) {
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

    /** (c_a − base_a)/r_a < (c_b − base_b)/r_b, exactly. */
    private static boolean before(int a, int b, long[] r, long[] c, long[] base) {
        return Math.multiplyExact(c[a] - base[a], r[b]) < Math.multiplyExact(c[b] - base[b], r[a]);
    }

    /** LSD radix sort of the first m non-negative keys, moving their indices along; both arrays end sorted. */
    private static void radixSort(long[] keys, int[] idx, int m) {
        long[] k = keys;
        int[] v = idx;
        long[] k2 = new long[m];
        int[] v2 = new int[m];
        int[] count = new int[RADIX + 1];
        for (int shift = 0; shift < 32 && m > 1; shift += RADIX_BITS) {
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
            for (int j = 0; j < m; j++) {
                int p = count[(int) ((k[j] >>> shift) & RADIX_MASK)]++;
                k2[p] = k[j];
                v2[p] = v[j];
            }
            long[] tk = k;
            k = k2;
            k2 = tk;
            int[] tv = v;
            v = v2;
            v2 = tv;
        }
        if (k != keys) {
            System.arraycopy(k, 0, keys, 0, m);
            System.arraycopy(v, 0, idx, 0, m);
        }
    }

    private CascadePlan plan(UnitCode parent, BigDecimal target, List<CascadeChild> children, int sp, int sw, long[] w,
            long[] c, long[] base, long[] targets, BigDecimal delta, Long sumW, BigDecimal bestReachable) {
        BigDecimal achieved = null;
        if (sumW != null) {
            long sumWT = 0;
            for (int i = 0; i < targets.length; i++) {
                if (w[i] > 0) {
                    sumWT = Math.addExact(sumWT, Math.multiplyExact(w[i], targets[i]));
                }
            }
            achieved = BigDecimal.valueOf(sumWT, sw + sp).divide(BigDecimal.valueOf(sumW, sw), Cascade.PRECISION);
        }
        return new CascadePlan(parent, target, true, delta, achieved, bestReachable, rows(children, sp, c, base, targets));
    }

    /**
     * The plan's rows. Values are shared wherever they can be: the policy's cap and floors, a
     * child's own cap and baseline, and one BigDecimal per multiple of the granularity.
     */
    private List<ChildTarget> rows(List<CascadeChild> children, int sp, long[] c, long[] base, long[] targets) {
        List<ChildTarget> rows = new ArrayList<>(children.size());
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
        for (int i = 0; i < children.size(); i++) {
            CascadeChild ch = children.get(i);
            BigDecimal floor = floorObject[ch.kind().ordinal()];
            BigDecimal cap = c[i] == policyCap ? policy.cap() : ch.cap();
            BigDecimal b;
            if (base[i] == c[i]) {
                b = cap;
            } else if (base[i] == floorOf[ch.kind().ordinal()]) {
                b = floor;
            } else if (growth == 0 && ch.baseline() != null) {
                b = ch.baseline();
            } else {
                b = decimal(base[i], sp);
            }
            BigDecimal t;
            if (targets[i] == c[i]) {
                t = cap;
            } else if (targets[i] == base[i]) {
                t = b;
            } else if (targets[i] % granularity == 0 && targets[i] / granularity < steps.length) {
                int k = (int) (targets[i] / granularity);
                if (steps[k] == null) {
                    steps[k] = decimal(targets[i], sp);
                }
                t = steps[k];
            } else {
                t = decimal(targets[i], sp);
            }
            rows.add(new ChildTarget(ch.unit(), ch.name(), ch.kind(), ch.weight(), ch.baseline(), ch.readiness(), cap,
                    floor, b, t));
        }
        return rows;
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
