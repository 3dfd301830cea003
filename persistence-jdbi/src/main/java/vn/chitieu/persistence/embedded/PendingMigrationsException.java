package vn.chitieu.persistence.embedded;

import java.util.List;
import vn.chitieu.persistence.DatabaseRefusal;

/**
 * The database at the given URL is behind this version of chitieu. It is not migrated silently:
 * whoever runs it decides ({@code --migrate}).
 */
public class PendingMigrationsException extends DatabaseRefusal {

    private static final long serialVersionUID = 1L;

    public PendingMigrationsException(String url, List<String> pending) {
        super("the database " + url + " needs migrations " + pending
                + " before this version of chitieu can use it; run again with --migrate to apply them");
    }
}
