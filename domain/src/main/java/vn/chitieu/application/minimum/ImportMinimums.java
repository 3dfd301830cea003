package vn.chitieu.application.minimum;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.chitieu.allocation.Minimum;
import vn.chitieu.allocation.Minimums;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.PendingAudit;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.port.out.LegalMinimums;

/**
 * Use case: store the legal minimums of a file (CLI {@code import minimums}, HTTP
 * {@code PUT /api/v1/minimums}), all or nothing: every bad line is refused at once (nothing
 * stored); a minimum with the (source, indicator, kind) of a stored one replaces it, and a stored
 * one the file does not name stays. Each new or changed minimum is audited with its old and new
 * value; a re-import of the same file changes nothing and says so.
 */
public final class ImportMinimums {

    private final LegalMinimums minimums;
    private final IndicatorCatalogue catalogue;

    public ImportMinimums(LegalMinimums minimums, IndicatorCatalogue catalogue) {
        this.minimums = Objects.requireNonNull(minimums, "minimums");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public ImportSummary importMinimums(ImportMinimumsCommand c) {
        Minimums read = Minimums.read(c.table(), catalogue);
        Minimums stored = minimums.all();
        List<Minimum> changed = new ArrayList<>();
        List<PendingAudit> audit = new ArrayList<>();
        long inserted = 0;
        long updated = 0;
        long unchanged = 0;
        for (Minimum m : read.all()) {
            Optional<Minimum> old = stored.find(m.key());
            if (old.isPresent() && old.get().minimum().compareTo(m.minimum()) == 0) {
                unchanged++;
                continue;
            }
            if (old.isPresent()) {
                updated++;
            } else {
                inserted++;
            }
            changed.add(m);
            audit.add(new PendingAudit(AuditAction.MINIMUM_SET, subject(m), old.map(ImportMinimums::value).orElse(null),
                    value(m), c.options().reasonFor(c.file())));
        }
        ImportOptions options = c.options();
        if (!options.dryRun() && !changed.isEmpty()) {
            minimums.upsert(changed, options.actor(), audit);
        }
        return ImportSummary.counted(inserted, updated, unchanged, options.dryRun());
    }

    /** {@code minimum/876/QĐ-BNV/DIGITIZATION_RATE/COMMUNE}. */
    static String subject(Minimum m) {
        return "minimum/" + m.source() + "/" + m.indicator() + "/" + m.kind();
    }

    private static String value(Minimum m) {
        return m.minimum().stripTrailingZeros().toPlainString();
    }
}
