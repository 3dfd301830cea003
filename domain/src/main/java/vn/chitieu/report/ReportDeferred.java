package vn.chitieu.report;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * A report's totals row or notes made when first read, then kept: a scoreboard of a million rows
 * sums its rows while they are written, and a format that never prints the totals (CSV) never makes
 * them. Immutable once made.
 */
public final class ReportDeferred<T> extends AbstractList<T> implements RandomAccess {

    private final Supplier<List<T>> make;
    private List<T> made;

    private ReportDeferred(Supplier<List<T>> make) {
        this.make = Objects.requireNonNull(make, "make");
    }

    /** The list {@code make} gives, made on first read. */
    public static <T> ReportDeferred<T> of(Supplier<List<T>> make) {
        return new ReportDeferred<>(make);
    }

    private synchronized List<T> made() {
        if (made == null) {
            made = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(make.get())); // a totals row holds nulls
        }
        return made;
    }

    @Override
    public T get(int index) {
        return made().get(index);
    }

    @Override
    public int size() {
        return made().size();
    }
}
