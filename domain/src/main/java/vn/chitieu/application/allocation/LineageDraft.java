package vn.chitieu.application.allocation;

import java.util.Objects;
import java.util.Optional;
import vn.chitieu.allocation.Allocation;
import vn.chitieu.lineage.Restated;
import vn.chitieu.lineage.Restatement;
import vn.chitieu.unit.UnitCode;

/**
 * A drafted allocation and, when a lineage was given, how each recipient's baseline was restated
 * from the old units ({@code restated} null: no lineage).
 */
public record LineageDraft(Allocation allocation, Restatement.Outcome restated) {

    public LineageDraft {
        Objects.requireNonNull(allocation, "allocation");
    }

    /** The restatement of {@code unit}'s baseline (empty without a lineage or when no old unit led to it). */
    public Optional<Restated> restatement(UnitCode unit) {
        return restated == null ? Optional.empty() : Optional.ofNullable(restated.byUnit().get(unit));
    }
}
