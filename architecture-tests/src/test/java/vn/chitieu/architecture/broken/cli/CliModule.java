package vn.chitieu.architecture.broken.cli;

import vn.chitieu.architecture.broken.persistence.jdbi.JdbiThing;

/** Not broken: the CLI's composition root may bind a storage implementation. */
public class CliModule {

    public Object storage() {
        return new JdbiThing();
    }
}
