package vn.chitieu.lineage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import vn.chitieu.unit.UnitCode;

/**
 * One row of {@code lineage.csv} (domain.md §10): from {@code date} the unit {@code from} continues
 * as {@code to}, with {@code share} (0 &lt; share ≤ 1) of its dossiers. A merger is several units
 * each with share 1 onto one; a split is one unit onto several whose shares sum to 1; a rename is
 * one row with share 1.
 */
public record LineageLink(UnitCode from, UnitCode to, BigDecimal share, LocalDate date) {

    public LineageLink {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(date, "date");
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a share is above 0 and at most 1: " + share.toPlainString());
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("a unit cannot continue as itself: " + from);
        }
    }

    /** A link with share 1 (a merger or a rename). */
    public LineageLink(UnitCode from, UnitCode to, LocalDate date) {
        this(from, to, BigDecimal.ONE, date);
    }
}
