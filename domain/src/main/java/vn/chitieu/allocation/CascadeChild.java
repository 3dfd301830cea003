package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chitieu.indicator.Percent;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/**
 * One child a parent's target is split over (domain.md §5): its kind (which sets its floor), its
 * weight w ≥ 0 (expected dossier volume, e.g. last year's denominator), its baseline in percent
 * (null when not available), its readiness r in (0, 1] (lower where internet access is poor;
 * null means 1) and its own cap (null: the policy's).
 */
public record CascadeChild(
        UnitCode unit,
        String name,
        UnitKind kind,
        BigDecimal weight,
        BigDecimal baseline,
        BigDecimal readiness,
        BigDecimal cap) {

    public CascadeChild {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(weight, "weight");
        name = name == null || name.isBlank() ? unit.value() : name;
        readiness = readiness == null ? BigDecimal.ONE : readiness;
        if (weight.signum() < 0) {
            throw new IllegalArgumentException("a weight cannot be negative: " + weight.toPlainString());
        }
        if (readiness.signum() <= 0 || readiness.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("readiness is more than 0 and at most 1: " + readiness.toPlainString());
        }
        if (baseline != null && baseline.signum() < 0) {
            throw new IllegalArgumentException("a baseline cannot be negative: " + baseline.toPlainString());
        }
        if (baseline != null && Percent.refusal(baseline).isPresent()) {
            throw new IllegalArgumentException("a baseline is a percentage: " + Percent.RANGE + ", not "
                    + baseline.toPlainString());
        }
        if (cap != null && Percent.refusal(cap).isPresent()) {
            throw new IllegalArgumentException("a cap is between 0 and 100: " + cap.toPlainString());
        }
    }

    /** A child with readiness 1 and the policy's cap. */
    public static CascadeChild of(UnitCode unit, UnitKind kind, BigDecimal weight, BigDecimal baseline) {
        return new CascadeChild(unit, null, kind, weight, baseline, null, null);
    }
}
