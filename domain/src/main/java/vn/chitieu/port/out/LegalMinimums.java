package vn.chitieu.port.out;

import java.util.List;
import vn.chitieu.allocation.Minimum;
import vn.chitieu.allocation.Minimums;
import vn.chitieu.audit.Actor;
import vn.chitieu.audit.PendingAudit;

/**
 * Storage of the legal minimums in force (domain.md §4), one per (source, indicator, kind). It
 * stores what it is told; the use cases decide what changes and what the audit log says.
 */
public interface LegalMinimums {

    /** Every stored minimum, in the order first stored. */
    Minimums all();

    /**
     * Adds the new minimums of {@code minimums} and replaces the stored ones with the same
     * (source, indicator, kind), appending {@code audit} as {@code by}: all in one transaction.
     */
    void upsert(List<Minimum> minimums, Actor by, List<PendingAudit> audit);
}
