package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.List;
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
 */
final class ScaledCascade {

    private static final int MAX_SCALE = 6;
    private static final double[] POW10_DOUBLE = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
    private static final int AT_CAP = -1;
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
            long[] fraction = uplift(w, r, c, base, sumWBase, needed, capped);
            numerator = fraction[0];
            denominator = fraction[1];
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

    /**
     * δ as the fraction {N, D}, marking the children that reach their cap below it. The moving
     * children (weight and room to rise) have break points β_i = (c_i − base_i) / r_i, and
     * S(δ) = Σ w·min(c, base + r·δ) grows with δ; the first β_k with S(β_k) ≥ T·Σw splits them
     * into those below it, at their caps, and the rest, which still rise with δ: D is the rest's
     * Σ w·r and N = T·Σw − Σ w·(capped ? c : base). That split is the same whichever way β_k is
     * found, so instead of sorting every break point it is found as a quickselect finds a
     * median: partition around a random child's break point, test S there, and keep only the
     * side that holds β_k (expected linear time; every comparison is an exact cross-product,
     * each below 2^27 · 2^20, and ties with the pivot are settled as one group).
     */
    private static long[] uplift(long[] w, int[] r, int[] c, int[] base, long sumWBase, long needed, boolean[] capped) {
        int n = w.length;
        int[] moving = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (w[i] > 0 && c[i] > base[i]) {
                moving[m++] = i;
            }
        }
        long reached = sumWBase; // Σ w·base, plus w·gap of every child known to be capped
        long rising = 0; // Σ w·r of the children known to rise with δ
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
            capped[moving[j]] = true;
        }
        return new long[] {needed - reached, rising};
    }

    /**
     * The plan's rows. Values are shared wherever they can be: the policy's cap and floors, a
     * child's own cap and baseline, one BigDecimal per multiple of the granularity and, with many
     * children, one per base value.
     */
    private List<ChildTarget> rows(List<CascadeChild> children, int sp, int[] c, int[] base, int[] stepsOf) {
        int n = children.size();
        ChildTarget[] rows = new ChildTarget[n];
        long policyCap = scaled(policy.cap(), sp);
        long granularity = scaled(policy.granularity(), sp);
        long growth = scaled(policy.growth(), sp);
        BigDecimal[] steps = new BigDecimal[(int) Math.min(100_001, policyCap / granularity + 2)];
        // bases off the floor and cap (baseline + growth) repeat too when there are more children
        // than values they can take
        BigDecimal[] bases = policyCap <= 2L * n ? new BigDecimal[(int) policyCap + 1] : null;
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
                b = bases == null ? decimal(base[i], sp) : bases[base[i]];
                if (b == null) {
                    b = decimal(base[i], sp);
                    bases[base[i]] = b;
                }
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
