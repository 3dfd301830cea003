package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chitieu.indicator.Percent;
import vn.chitieu.text.VietnameseText;
import vn.chitieu.unit.UnitCode;

/**
 * A drafter's manual target for one unit, replacing the rule's. The reason is mandatory: it is
 * printed beside the target and kept in the audit trail (seed 000: Sở Nội vụ 87 % instead of 94).
 */
public record TargetOverride(UnitCode unit, BigDecimal target, String reason) {

    public TargetOverride {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(target, "target");
        Percent.refusal(target).ifPresent(why -> {
            throw new IllegalArgumentException("a target is between 0 and 100: " + why + ", not " + target.toPlainString());
        });
        reason = VietnameseText.nfc(reason);
        if (reason == null || reason.isEmpty()) {
            throw new IllegalArgumentException("an override of " + unit + " needs a reason");
        }
    }
}
