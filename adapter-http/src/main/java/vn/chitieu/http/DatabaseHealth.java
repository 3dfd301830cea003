package vn.chitieu.http;

/** What {@code GET /health} reports about the storage: bound by the storage wiring. */
public interface DatabaseHealth {

    /** The kind of storage, e.g. {@code postgresql} or {@code in-memory}. */
    String kind();

    /** True when the storage answers now. */
    boolean isUp();
}
