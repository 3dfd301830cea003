package vn.chitieu.architecture.broken.cli;

import vn.chitieu.architecture.broken.persistence.jdbi.JdbiThing;

/** Broken on purpose: a CLI command that opens a storage implementation itself. */
public class CliOpeningJdbi {

    public Object storage() {
        return new JdbiThing();
    }
}
