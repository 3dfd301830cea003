package vn.chitieu.port.out;

/** Told how far a long import has got, e.g. to move a progress bar. */
@FunctionalInterface
public interface ImportProgress {

    /** {@code rows} of the file have been handed to storage so far (cumulative). */
    void rowsDone(long rows);

    static ImportProgress none() {
        return rows -> { };
    }
}
