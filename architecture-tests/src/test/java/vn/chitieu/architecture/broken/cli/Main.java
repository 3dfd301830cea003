package vn.chitieu.architecture.broken.cli;

import vn.chitieu.architecture.broken.persistence.embedded.EmbeddedThing;

/** Not broken: the CLI's entry point belongs to its composition root. */
public final class Main {

    private Main() {
    }

    public static Object database() {
        return new EmbeddedThing();
    }
}
