package vn.chitieu.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * The database cannot be used now: it does not answer (down, unreachable, refusing the login, no
 * connection free in time) or it has run out of resources (a full disk). Not a fault of the
 * request: the CLI says so in one line (exit 1), the HTTP service answers 503.
 */
public class DatabaseUnavailableException extends DatabaseRefusal {

    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The failure behind {@code e} if it means that the database cannot be used now, as one of these. */
    public static Optional<DatabaseUnavailableException> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabaseUnavailableException unavailable) {
                return Optional.of(unavailable);
            }
            if (t instanceof SQLTransientConnectionException) {
                return Optional.of(new DatabaseUnavailableException("the database does not answer: "
                        + rootMessage(t), e));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("28")
                        || state.equals("3D000")) {
                    return Optional.of(new DatabaseUnavailableException("the database cannot be reached: "
                            + rootMessage(t), e));
                }
                if (state.startsWith("53") || state.equals("58030")) {
                    return Optional.of(new DatabaseUnavailableException("the database could not write"
                            + " (is the disk full?): " + firstLine(sql.getMessage()), e));
                }
            }
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root == t ? t.getMessage() : t.getMessage() + " (" + root.getMessage() + ")";
        return firstLine(message);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
