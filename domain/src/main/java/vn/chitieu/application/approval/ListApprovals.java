package vn.chitieu.application.approval;

import java.util.List;
import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.port.out.Storage;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: the approvals a caller may see ({@code GET /api/v1/approvals}), oldest first: those of
 * units in its subtree and those of the units above it, whose locks hold its results too; a
 * sibling's are not shown. A null caller or an ADMIN sees every one.
 */
public final class ListApprovals {

    private final Storage storage;

    public ListApprovals(Storage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    public List<PeriodLock> list(Caller caller) {
        List<PeriodLock> all = storage.approvals().all();
        if (caller == null || caller.isAdmin()) {
            return all;
        }
        UnitTree tree = storage.units().tree();
        return all.stream().filter(l -> caller.maySee(tree, l.unit()) || tree.isWithin(caller.scope(), l.unit()))
                .toList();
    }
}
