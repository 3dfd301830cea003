package vn.chitieu.allocation;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The rows of a plan the solver has just built: an unmodifiable list over an array that nothing
 * else holds, so that {@link CascadePlan} can keep it as it is instead of copying it (with tens
 * of thousands of children the copy is a measurable part of a plan). Every row is checked to be
 * there when the list is made, as {@code List.copyOf} would.
 */
final class PlanRows extends AbstractList<ChildTarget> implements RandomAccess {

    private final ChildTarget[] rows;

    /** Takes ownership of {@code rows}: the caller must not keep or change the array. */
    PlanRows(ChildTarget[] rows) {
        for (ChildTarget row : rows) {
            if (row == null) {
                throw new NullPointerException("a plan row is missing");
            }
        }
        this.rows = rows;
    }

    @Override
    public ChildTarget get(int index) {
        return rows[index];
    }

    @Override
    public int size() {
        return rows.length;
    }
}
