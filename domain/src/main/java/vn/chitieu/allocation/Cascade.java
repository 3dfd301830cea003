package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.Percent;
import vn.chitieu.unit.UnitCode;

/**
 * Splits a parent's target T over its children (domain.md §5, seed 000 Article 2):
 *
 * <pre>
 *   base_i = min(c_i, max(f_i, b_i + g))        (b_i missing → min(c_i, f_i))
 *   t_i(δ) = min(c_i, base_i + r_i · δ)
 *   the smallest δ ≥ 0 with Σ w_i t_i(δ) ≥ T · Σ w_i
 * </pre>
 *
 * <p>Σ w_i t_i(δ) is piecewise linear and non-decreasing in δ with break points
 * (c_i − base_i) / r_i, so δ is found exactly by sorting the break points and walking them once:
 * O(n log n), no iteration to a tolerance (see {@link ScaledCascade} for the fast exact path on
 * scaled longs). Every comparison is exact (fractions are compared by
 * cross-multiplication); the only division is δ itself, to 34 significant digits, and the rounded
 * targets are computed from δ's exact fraction. Targets are rounded up to the policy's
 * granularity (never above a cap), which keeps Σ w t ≥ T Σ w; with rounding NONE they are left as
 * t_i(δ), δ rounded up.
 *
 * <p>The cap of a child is the smaller of its own and the policy's; its floor is the policy's
 * floor for its kind. A target above what the children can reach at their caps gives an
 * infeasible plan carrying the best reachable value.
 */
public final class Cascade {

    /** Digits of δ, the achieved and the best reachable value. */
    public static final MathContext PRECISION = new MathContext(34, RoundingMode.HALF_EVEN);
    private static final MathContext PRECISION_UP = new MathContext(34, RoundingMode.CEILING);
    /** Why children that weigh nothing are refused: their weighted target would be 0 / 0. */
    public static final String ZERO_WEIGHTS = "the weights sum to 0: no weighted target can be reached; "
            + "give at least one child a weight above 0 (e.g. last year's dossiers)";

    private final AllocationPolicy policy;

    public Cascade(AllocationPolicy policy) {
        this.policy = policy;
    }

    /**
     * Refuses a parent's target that is missing or not a percentage, naming it as {@code field}
     * (the option or property the user wrote it in).
     */
    public static void requireTarget(BigDecimal target, String field) {
        requireTarget(target, field, target == null ? null : target.toPlainString());
    }

    /** As {@link #requireTarget(BigDecimal, String)}, showing the target as the user wrote it ({@code text}). */
    public static void requireTarget(BigDecimal target, String field, String text) {
        if (target == null || Percent.refusal(target).isPresent()) {
            throw new InvalidInputException(InputProblem.at(null, 0, field, text,
                    "a target is between 0 and 100: " + Percent.RANGE));
        }
    }

    /**
     * The plan for {@code parent}'s target {@code target} (percent) over {@code children}; never
     * throws for infeasibility. Computed on exact scaled longs when the numbers fit (inputs with
     * at most six decimals, no overflow), else with BigDecimal; both give the same plan.
     */
    public CascadePlan plan(UnitCode parent, BigDecimal target, List<CascadeChild> children) {
        requireTarget(target, "target");
        // both solvers read the children by index, several times
        List<CascadeChild> list = children instanceof RandomAccess ? children : List.copyOf(children);
        boolean anyWeight = false;
        for (int i = 0; i < list.size(); i++) {
            CascadeChild child = list.get(i);
            if (child.unit().equals(parent)) {
                throw new InvalidInputException(InputProblem.at(null, 0, "unit", parent.value(),
                        "the parent " + parent + " cannot be its own child (child " + (i + 1) + " of " + list.size() + ")"));
            }
            anyWeight |= child.weight().signum() > 0;
        }
        if (!anyWeight) {
            throw new InvalidInputException(InputProblem.at(null, 0, "weight", null, ZERO_WEIGHTS));
        }
        java.util.Map<UnitCode, vn.chitieu.unit.UnitKind> withoutBaseline = new java.util.LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            // only the children that would start at a floor nobody set
            if (list.get(i).baseline() == null && !policy.floors().containsKey(list.get(i).kind())) {
                withoutBaseline.put(list.get(i).unit(), list.get(i).kind());
            }
        }
        policy.requireKindFloors(withoutBaseline);
        CascadePlan fast = ScaledCascade.tryPlan(policy, parent, target, list);
        return fast != null ? fast : planWithBigDecimal(parent, target, list);
    }

    /** The same plan computed with BigDecimal throughout; for inputs the scaled solver cannot hold. */
    CascadePlan planWithBigDecimal(UnitCode parent, BigDecimal target, List<CascadeChild> children) {
        int n = children.size();
        BigDecimal[] w = new BigDecimal[n];
        BigDecimal[] r = new BigDecimal[n];
        BigDecimal[] c = new BigDecimal[n];
        BigDecimal[] f = new BigDecimal[n];
        BigDecimal[] base = new BigDecimal[n];
        BigDecimal[] gap = new BigDecimal[n];
        BigDecimal sumW = BigDecimal.ZERO;
        BigDecimal sumWBase = BigDecimal.ZERO;
        BigDecimal sumWCap = BigDecimal.ZERO;
        BigDecimal growth = policy.growth();
        BigDecimal policyCap = policy.cap();
        for (int i = 0; i < n; i++) {
            CascadeChild ch = children.get(i);
            w[i] = ch.weight();
            r[i] = ch.readiness();
            c[i] = ch.cap() == null ? policyCap : ch.cap().min(policyCap);
            f[i] = policy.floor(ch.kind());
            BigDecimal start = ch.baseline() == null ? f[i] : f[i].max(ch.baseline().add(growth));
            base[i] = start.min(c[i]);
            gap[i] = c[i].subtract(base[i]);
            if (w[i].signum() > 0) {
                sumW = sumW.add(w[i]);
                sumWBase = sumWBase.add(w[i].multiply(base[i]));
                sumWCap = sumWCap.add(w[i].multiply(c[i]));
            }
        }

        if (sumW.signum() == 0) {
            return build(parent, target, children, f, c, base, roundedAt(base, c, BigDecimal.ZERO, BigDecimal.ONE, r),
                    BigDecimal.ZERO, null, null);
        }
        BigDecimal needed = target.multiply(sumW);
        BigDecimal bestReachable = sumWCap.divide(sumW, PRECISION);
        if (sumWCap.compareTo(needed) < 0) {
            return new CascadePlan(parent, target, false, null, bestReachable, bestReachable,
                    rows(children, f, c, base, c));
        }
        BigDecimal numerator;
        BigDecimal denominator;
        boolean[] capped = new boolean[n];
        if (sumWBase.compareTo(needed) >= 0) {
            numerator = BigDecimal.ZERO;
            denominator = BigDecimal.ONE;
        } else {
            Integer[] order = breakPointOrder(w, r, gap);
            BigDecimal a = sumWBase;
            BigDecimal slope = BigDecimal.ZERO;
            for (Integer i : order) {
                slope = slope.add(w[i].multiply(r[i]));
            }
            numerator = null;
            denominator = null;
            for (Integer k : order) {
                BigDecimal need = needed.subtract(a);
                // S(β_k) = a + slope · gap_k / r_k ≥ T Σw  ⇔  need · r_k ≤ slope · gap_k
                if (need.multiply(r[k]).compareTo(slope.multiply(gap[k])) <= 0) {
                    numerator = need;
                    denominator = slope;
                    break;
                }
                capped[k] = true;
                a = a.add(w[k].multiply(gap[k]));
                slope = slope.subtract(w[k].multiply(r[k]));
            }
            if (numerator == null) {
                throw new IllegalStateException("no break point reached the target although the caps do");
            }
        }
        BigDecimal[] t = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            t[i] = capped[i] ? c[i] : targetAt(base[i], c[i], r[i], numerator, denominator);
        }
        BigDecimal delta = numerator.signum() == 0 ? BigDecimal.ZERO : numerator.divide(denominator, PRECISION);
        return build(parent, target, children, f, c, base, t, delta, sumW, bestReachable);
    }

    /** {@link #plan} that refuses an unreachable target with {@link InfeasibleTargetException}. */
    public CascadePlan solve(UnitCode parent, BigDecimal target, List<CascadeChild> children) {
        return plan(parent, target, children).requireFeasible();
    }

    /**
     * Indices of the children that move with δ (weight and room above their base), ordered by
     * break point gap / r. A primitive sort on approximate keys comes first; then TimSort with
     * the exact comparator, which is linear on input that is already in order and fixes any pair
     * the approximation could not tell apart.
     */
    private static Integer[] breakPointOrder(BigDecimal[] w, BigDecimal[] r, BigDecimal[] gap) {
        int n = w.length;
        long[] keyed = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (w[i].signum() > 0 && gap[i].signum() > 0) {
                float approx = (float) (gap[i].doubleValue() / r[i].doubleValue());
                keyed[m++] = ((long) Float.floatToIntBits(approx) << 32) | i;
            }
        }
        Arrays.sort(keyed, 0, m);
        Integer[] order = new Integer[m];
        for (int j = 0; j < m; j++) {
            order[j] = (int) keyed[j];
        }
        Comparator<Integer> exact = (i, j) -> r[i].compareTo(r[j]) == 0
                ? gap[i].compareTo(gap[j])
                : gap[i].multiply(r[j]).compareTo(gap[j].multiply(r[i]));
        Arrays.sort(order, exact);
        return order;
    }

    /** min(c, base + r·N/D) rounded up to the granularity, from the exact fraction N/D. */
    private BigDecimal targetAt(BigDecimal base, BigDecimal cap, BigDecimal r, BigDecimal numerator,
            BigDecimal denominator) {
        if (policy.rounding() == Rounding.NONE) {
            if (numerator.signum() == 0) {
                return base;
            }
            BigDecimal delta = numerator.divide(denominator, PRECISION_UP);
            return base.add(r.multiply(delta)).min(cap);
        }
        BigDecimal g = policy.granularity();
        BigDecimal x = base.multiply(denominator).add(r.multiply(numerator));
        BigDecimal steps = x.divide(g.multiply(denominator), 0, RoundingMode.CEILING);
        return steps.multiply(g).min(cap);
    }

    private BigDecimal[] roundedAt(BigDecimal[] base, BigDecimal[] c, BigDecimal n, BigDecimal d, BigDecimal[] r) {
        BigDecimal[] t = new BigDecimal[base.length];
        for (int i = 0; i < base.length; i++) {
            t[i] = targetAt(base[i], c[i], r[i], n, d);
        }
        return t;
    }

    private static CascadePlan build(UnitCode parent, BigDecimal target, List<CascadeChild> children,
            BigDecimal[] f, BigDecimal[] c, BigDecimal[] base, BigDecimal[] t, BigDecimal delta, BigDecimal sumW,
            BigDecimal bestReachable) {
        BigDecimal achieved = null;
        if (sumW != null) {
            BigDecimal sumWT = BigDecimal.ZERO;
            for (int i = 0; i < t.length; i++) {
                BigDecimal w = children.get(i).weight();
                if (w.signum() > 0) {
                    sumWT = sumWT.add(w.multiply(t[i]));
                }
            }
            achieved = sumWT.divide(sumW, PRECISION);
        }
        return new CascadePlan(parent, target, true, delta, achieved, bestReachable, rows(children, f, c, base, t));
    }

    private static List<ChildTarget> rows(List<CascadeChild> children, BigDecimal[] f, BigDecimal[] c,
            BigDecimal[] base, BigDecimal[] t) {
        List<ChildTarget> rows = new ArrayList<>(children.size());
        for (int i = 0; i < children.size(); i++) {
            rows.add(new ChildTarget(children.get(i), c[i], f[i], base[i], t[i]));
        }
        return rows;
    }
}
