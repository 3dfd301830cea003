package vn.chitieu.application.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.lineage.Lineage;
import vn.chitieu.lineage.LineageLink;
import vn.chitieu.lineage.LineageTable;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.port.out.Lineages;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.UnitCode;

/**
 * Use case: store the lineage of a file (CLI {@code import lineage}), all or nothing. The file is
 * checked against the stored registry ({@link LineageTable}: every bad line at once, nothing
 * stored); the links of a unit the file names replace all its stored links (a unit's successors
 * come from one file, so its shares keep summing to 1), the links of other units stay, and the
 * whole must stay free of cycles. Each new or changed link is audited {@code LINEAGE_SET} with its
 * old and new share, each dropped one {@code LINEAGE_REMOVED}; a re-import changes nothing.
 */
public final class ImportLineage {

    private final Units units;
    private final Lineages lineages;

    public ImportLineage(Units units, Lineages lineages) {
        this.units = Objects.requireNonNull(units, "units");
        this.lineages = Objects.requireNonNull(lineages, "lineages");
    }

    public ImportSummary importLineage(ImportLineageCommand c) {
        Lineage read = LineageTable.read(c.table(), units.tree());
        List<LineageLink> stored = lineages.all();
        Set<UnitCode> from = new LinkedHashSet<>();
        read.links().forEach(l -> from.add(l.from()));
        List<LineageLink> union = new ArrayList<>(stored.stream().filter(l -> !from.contains(l.from())).toList());
        union.addAll(read.links());
        try {
            Lineage.of(union);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(InputProblem.ofFile(c.file(), e.getMessage()
                    + ", with the links already stored"));
        }
        Map<String, LineageLink> storedByKey = new HashMap<>();
        stored.stream().filter(l -> from.contains(l.from())).forEach(l -> storedByKey.put(key(l), l));
        List<PendingAudit> audit = new ArrayList<>();
        long inserted = 0;
        long updated = 0;
        long unchanged = 0;
        for (LineageLink l : read.links()) {
            LineageLink old = storedByKey.remove(key(l));
            if (old != null && old.share().compareTo(l.share()) == 0) {
                unchanged++;
                continue;
            }
            if (old != null) {
                updated++;
            } else {
                inserted++;
            }
            audit.add(new PendingAudit(AuditAction.LINEAGE_SET, subject(l), old == null ? null : value(old), value(l),
                    c.options().reasonFor(c.file())));
        }
        for (LineageLink gone : storedByKey.values()) {
            updated++;
            audit.add(new PendingAudit(AuditAction.LINEAGE_REMOVED, subject(gone), value(gone), null,
                    c.options().reasonFor(c.file())));
        }
        ImportOptions options = c.options();
        if (!options.dryRun() && !audit.isEmpty()) {
            lineages.replace(from, read.links(), options.actor(), audit);
        }
        return ImportSummary.counted(inserted, updated, unchanged, options.dryRun());
    }

    private static String key(LineageLink l) {
        return l.from() + "|" + l.to() + "|" + l.date();
    }

    /** {@code lineage/cu-xa-a/xa-b/2025-07-01}. */
    static String subject(LineageLink l) {
        return "lineage/" + l.from() + "/" + l.to() + "/" + l.date();
    }

    private static String value(LineageLink l) {
        return "share=" + l.share().stripTrailingZeros().toPlainString();
    }
}
