package vn.chitieu.approval;

import java.time.Instant;
import java.util.Objects;
import vn.chitieu.audit.Actor;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * An approval of {@code unit}'s results for {@code period}, by {@code approvedBy} at {@code approvedAt}.
 * It locks every result of a unit in {@code unit}'s subtree (the unit included) whose period is
 * {@code period} or lies inside it: approving 2018 locks 2018, its halves, quarters and months;
 * approving 2018-Q1 locks 2018-Q1 and its three months, not the year's own figure.
 */
public record PeriodLock(UnitCode unit, Period period, Actor approvedBy, Instant approvedAt, String reason) {

    public PeriodLock {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedAt, "approvedAt");
        if (reason != null && reason.isBlank()) {
            reason = null;
        }
    }

    /** True when this lock holds the result of {@code resultUnit} for {@code resultPeriod}. */
    public boolean covers(UnitTree tree, UnitCode resultUnit, Period resultPeriod) {
        return resultPeriod.isWithin(period) && tree.isWithin(resultUnit, unit);
    }

    /** Whether this is the lock of exactly {@code unit} and {@code period}. */
    public boolean isOf(UnitCode unit, Period period) {
        return this.unit.equals(unit) && this.period.equals(period);
    }

    /** How the lock is named in messages: unit, period, who approved it and when. */
    public String describe() {
        return unit + " " + period + " (approved by " + approvedBy + " at " + approvedAt + ")";
    }

    /** The audit log's subject of this lock. */
    public static String subject(UnitCode unit, Period period) {
        return "approval/" + unit + "/" + period;
    }

    /** The audit log's text of this lock. */
    public String auditValue() {
        return "unit=" + unit + "; period=" + period + "; approvedBy=" + approvedBy + "; approvedAt=" + approvedAt;
    }
}
