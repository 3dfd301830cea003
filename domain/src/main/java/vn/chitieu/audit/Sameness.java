package vn.chitieu.audit;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chitieu.decision.Assignment;
import vn.chitieu.result.OnTimeDetail;
import vn.chitieu.result.Result;

/**
 * Whether an imported value equals the stored one, numbers compared by value (99.96 and 99.960
 * are the same rate), as a database compares them. Decides "unchanged" in every implementation.
 */
public final class Sameness {

    private Sameness() {
    }

    public static boolean same(Result a, Result b) {
        return Objects.equals(a.numerator(), b.numerator()) && Objects.equals(a.denominator(), b.denominator())
                && same(a.rate(), b.rate()) && Objects.equals(a.procedures(), b.procedures())
                && same(a.detail(), b.detail());
    }

    /** A target import sets the target and its reason; the rest of an assignment is kept. */
    public static boolean sameTarget(Assignment a, Assignment b) {
        return same(a.target(), b.target()) && Objects.equals(a.reason(), b.reason());
    }

    /** Every field of an assignment, numbers by value. */
    public static boolean same(Assignment a, Assignment b) {
        return a.key().equals(b.key()) && same(a.target(), b.target()) && same(a.baseline(), b.baseline())
                && Objects.equals(a.baselinePeriod(), b.baselinePeriod()) && Objects.equals(a.procedures(), b.procedures())
                && Objects.equals(a.leadUnit(), b.leadUnit()) && Objects.equals(a.coordinatingUnit(), b.coordinatingUnit())
                && Objects.equals(a.reason(), b.reason());
    }

    private static boolean same(OnTimeDetail a, OnTimeDetail b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.received() == b.received() && a.resolved() == b.resolved() && a.onTime() == b.onTime()
                && a.late() == b.late() && same(a.statedOnTimeRate(), b.statedOnTimeRate())
                && same(a.statedLateRate(), b.statedLateRate());
    }

    public static boolean same(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.compareTo(b) == 0;
    }
}
