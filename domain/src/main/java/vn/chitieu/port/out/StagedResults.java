package vn.chitieu.port.out;

import java.util.List;
import vn.chitieu.result.Result;

/**
 * A results file staged in storage: of its {@code rows}, {@code alreadyStored} have a stored key,
 * and {@code changed} lists the stored rows whose values the file changes (as stored, as in the file).
 */
public record StagedResults(long rows, long alreadyStored, List<Change> changed) {

    public StagedResults {
        changed = List.copyOf(changed);
        if (alreadyStored < 0 || alreadyStored > rows || changed.size() > alreadyStored) {
            throw new IllegalArgumentException("inconsistent staging: " + rows + " rows, " + alreadyStored
                    + " stored, " + changed.size() + " changed");
        }
    }

    /** One stored result and the value the file gives it. */
    public record Change(Result old, Result now) {
    }

    public long inserted() {
        return rows - alreadyStored;
    }

    public long updated() {
        return changed.size();
    }

    public long unchanged() {
        return alreadyStored - changed.size();
    }
}
