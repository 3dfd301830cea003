package vn.chitieu.application.approval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.approval.PeriodLockedException;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.table.Lined;
import vn.chitieu.port.out.StorageTransaction;
import vn.chitieu.result.Result;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * The one check of every write of results: a file with any row of a locked (unit, period) is
 * refused as a whole, unchanged rows included (a re-import of the same file into approved results
 * is refused too: what is approved is not written to at all until it is re-opened).
 */
public final class ResultLocks {

    private ResultLocks() {
    }

    /** Refuses {@code file} when an approval locks one of its rows; call inside the import's transaction. */
    public static void requireOpen(StorageTransaction tx, ImportFile<Result> file) {
        List<PeriodLock> locks = tx.periodLocks();
        if (locks.isEmpty()) {
            return;
        }
        record Cell(UnitCode unit, Period period) {
        }
        Set<Cell> cells = new LinkedHashSet<>();
        for (Lined<Result> line : file.lines()) {
            cells.add(new Cell(line.value().unit(), line.value().period()));
        }
        UnitTree tree = UnitTree.of(tx.units());
        Set<PeriodLock> holding = new LinkedHashSet<>();
        List<String> locked = new ArrayList<>();
        int count = 0;
        for (Cell c : cells) {
            boolean isLocked = false;
            for (PeriodLock l : locks) {
                if (l.covers(tree, c.unit(), c.period())) {
                    holding.add(l);
                    isLocked = true;
                }
            }
            if (isLocked && count++ < 10) {
                locked.add(c.unit() + " " + c.period());
            }
        }
        if (!holding.isEmpty()) {
            throw new PeriodLockedException("the results of " + String.join(", ", locked)
                    + (count > 10 ? " and " + (count - 10) + " more" : "") + " in " + file.name() + " are", List.copyOf(holding));
        }
    }
}
