package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/**
 * One drafted target: the rule's target kept beside the final one, whether it was overridden and
 * why, and the flags. {@code baseline} is null when not available; {@code procedures} when unknown.
 */
public record DraftedTarget(
        UnitCode unit,
        String name,
        UnitKind kind,
        BigDecimal baseline,
        BigDecimal ruleTarget,
        BigDecimal target,
        boolean overridden,
        String reason,
        Set<AllocationFlag> flags,
        Integer procedures) {

    public DraftedTarget {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ruleTarget, "ruleTarget");
        Objects.requireNonNull(target, "target");
        flags = flags == null || flags.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    public boolean has(AllocationFlag flag) {
        return flags.contains(flag);
    }
}
