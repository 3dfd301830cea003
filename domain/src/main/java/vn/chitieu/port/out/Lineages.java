package vn.chitieu.port.out;

import java.util.List;
import java.util.Set;
import vn.chitieu.audit.Actor;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.lineage.LineageLink;
import vn.chitieu.unit.UnitCode;

/**
 * Storage of the lineage of units (domain.md §10): links {@code from → to} with a share, from a
 * date, one per (from, to, date). It stores what it is told; the use cases check and audit.
 */
public interface Lineages {

    /** Every stored link, in the order first stored. */
    List<LineageLink> all();

    /**
     * Replaces every stored link from a unit of {@code from} by {@code links} (which all start at a
     * unit of {@code from}), appending {@code audit} as {@code by}: all in one transaction.
     */
    void replace(Set<UnitCode> from, List<LineageLink> links, Actor by, List<PendingAudit> audit);
}
