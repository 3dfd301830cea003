package vn.chitieu.dossier;

import java.util.Objects;
import vn.chitieu.unit.UnitCode;

/**
 * The stored counters of one (unit, procedure, month) of dossiers, in {@link DossierMonths}' order; as a
 * change to add, they may be negative (a dossier updated by a later file leaves its old months).
 * {@code month} is {@code yyyyMM}, or {@link DossierMonths#NEVER} for dossiers never received.
 */
public record DossierMonthCounts(UnitCode unit, String procedure, int month, long[] counts) {

    public DossierMonthCounts {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(procedure, "procedure");
        if (counts.length != DossierMonths.WIDTH) {
            throw new IllegalArgumentException("a month has " + DossierMonths.WIDTH + " counters, not " + counts.length);
        }
    }
}
