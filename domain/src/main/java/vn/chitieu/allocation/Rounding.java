package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a computed target is brought to a multiple of the policy's granularity. */
public enum Rounding {
    /** Up to the next multiple: seed 000's ceil(b + 1). */
    CEIL,
    /** To the nearest multiple, halves up. */
    HALF_UP,
    /** Left as computed. */
    NONE;

    /** {@code value} as a multiple of {@code granularity} (exact), or unchanged for {@link #NONE}. */
    public BigDecimal apply(BigDecimal value, BigDecimal granularity) {
        if (this == NONE) {
            return value;
        }
        RoundingMode mode = this == CEIL ? RoundingMode.CEILING : RoundingMode.HALF_UP;
        BigDecimal steps = value.divide(granularity, 0, mode);
        return steps.multiply(granularity);
    }
}
