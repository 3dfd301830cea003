package vn.chitieu.persistence.embedded;

import java.nio.file.Path;
import vn.chitieu.persistence.DatabaseRefusal;

/**
 * The embedded PostgreSQL could not be created or started on a data directory (a full disk, a
 * directory that is not a database, no permission…); the message names the directory and what
 * PostgreSQL said.
 */
public class EmbeddedStartException extends DatabaseRefusal {

    private static final long serialVersionUID = 1L;

    public EmbeddedStartException(Path dataDirectory, String reason) {
        super("could not start the embedded PostgreSQL in " + dataDirectory + ": " + reason);
    }
}
