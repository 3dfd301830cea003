package vn.chitieu.persistence.embedded;

import java.nio.file.Path;
import vn.chitieu.persistence.DatabaseRefusal;

/** A live process (another one, or this one already) runs the embedded server on this data directory. */
public class DataDirectoryInUseException extends DatabaseRefusal {

    private static final long serialVersionUID = 1L;

    public DataDirectoryInUseException(Path dataDirectory, Path lockFile, String holder) {
        super("the data directory " + dataDirectory + " is in use by a running chitieu process"
                + (holder.isEmpty() ? "" : " (pid " + holder + ")") + ", which holds " + lockFile
                + "; wait for it to finish, or give another --data-dir");
    }
}
