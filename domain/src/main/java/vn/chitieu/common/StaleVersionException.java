package vn.chitieu.common;

/**
 * Optimistic locking refused a change: it was made from version {@code expected}, but someone
 * else changed the thing since (it is now at {@code actual}). Read it again and redo the change.
 */
public class StaleVersionException extends DomainRefusal {

    private static final long serialVersionUID = 1L;

    private final long expected;
    private final long actual;

    public StaleVersionException(String subject, long expected, long actual) {
        super(subject + " was changed by someone else: the change was made from version " + expected
                + " but it is now at version " + actual + "; read it again and redo the change");
        this.expected = expected;
        this.actual = actual;
    }

    /** A version that is a digest, not a number ({@link #expected} and {@link #actual} are then -1). */
    public StaleVersionException(String subject, String expected, String actual) {
        super(subject + " has changed since you read it: you read version " + expected + ", it is now at " + actual);
        this.expected = -1;
        this.actual = -1;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }

    @Override
    public String code() {
        return "STALE_VERSION";
    }
}
