package vn.chitieu.persistence;

/**
 * The database cannot be used as asked, for a reason its user can act on (the message says
 * how); not a fault of chitieu. Adapters show the message without a stack trace.
 */
public abstract class DatabaseRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected DatabaseRefusal(String message) {
        super(message);
    }

    protected DatabaseRefusal(String message, Throwable cause) {
        super(message, cause);
    }
}
