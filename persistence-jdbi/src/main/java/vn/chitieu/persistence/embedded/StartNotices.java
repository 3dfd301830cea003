package vn.chitieu.persistence.embedded;

import java.nio.file.Path;

/**
 * Told when starting the embedded database takes long, so that an adapter can say what it is
 * waiting for: {@link Stage#CREATING} as soon as a first start creates the database (it takes a
 * few seconds), {@link Stage#STARTING} when an ordinary start has taken more than a second.
 */
@FunctionalInterface
public interface StartNotices {

    /** Says nothing. */
    StartNotices NONE = (stage, dataDirectory) -> { };

    void stage(Stage stage, Path dataDirectory);

    /** What the start is doing. */
    enum Stage {
        /** First start on this data directory: unpacking the binaries, creating the cluster. */
        CREATING,
        /** Starting the server and checking the schema. */
        STARTING
    }
}
