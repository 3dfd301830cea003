package vn.chitieu.port.out;

import java.util.List;
import vn.chitieu.common.InputProblem;

/**
 * What an import did, or would do on a dry run: rows inserted, updated and unchanged. When
 * {@code errors} is not empty nothing was stored and the counts are all 0: every row error is
 * listed, each with its line.
 */
public record ImportSummary(long inserted, long updated, long unchanged, List<InputProblem> errors, boolean dryRun) {

    public ImportSummary {
        errors = List.copyOf(errors);
        if (inserted < 0 || updated < 0 || unchanged < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        if (!errors.isEmpty() && inserted + updated + unchanged > 0) {
            throw new IllegalArgumentException("a refused import stores nothing and counts nothing");
        }
    }

    public static ImportSummary counted(long inserted, long updated, long unchanged, boolean dryRun) {
        return new ImportSummary(inserted, updated, unchanged, List.of(), dryRun);
    }

    public static ImportSummary refused(List<InputProblem> errors, boolean dryRun) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a refused import names at least one problem");
        }
        return new ImportSummary(0, 0, 0, errors, dryRun);
    }

    public boolean isRefused() {
        return !errors.isEmpty();
    }

    /** True when storage changed (or, on a dry run, would change). */
    public boolean changesSomething() {
        return inserted + updated > 0;
    }
}
