package vn.chitieu.report;

import java.util.AbstractList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * The rows of a {@link ReportSection} made when they are read, not held: a scoreboard of a million
 * rows is written one row at a time, each row garbage once written, instead of a million lists of
 * cells kept until the whole report is out. Each row has {@code width} values (checked as it is
 * made); reading a row twice makes it twice, with the same values. Immutable.
 */
public final class ReportRows extends AbstractList<List<Object>> implements RandomAccess {

    private final int size;
    private final int width;
    private final IntFunction<List<Object>> row;

    private ReportRows(int size, int width, IntFunction<List<Object>> row) {
        if (size < 0 || width < 0) {
            throw new IllegalArgumentException("size and width are at least 0");
        }
        this.size = size;
        this.width = width;
        this.row = Objects.requireNonNull(row, "row");
    }

    /** {@code size} rows of {@code width} values, row {@code i} made by {@code row.apply(i)}. */
    public static ReportRows of(int size, int width, IntFunction<List<Object>> row) {
        return new ReportRows(size, width, row);
    }

    /** How many values each row holds. */
    public int width() {
        return width;
    }

    @Override
    public List<Object> get(int index) {
        Objects.checkIndex(index, size);
        List<Object> r = row.apply(index);
        if (r.size() != width) {
            throw new IllegalStateException("a row has " + r.size() + " values for " + width + " columns");
        }
        return Collections.unmodifiableList(r);
    }

    @Override
    public int size() {
        return size;
    }
}
