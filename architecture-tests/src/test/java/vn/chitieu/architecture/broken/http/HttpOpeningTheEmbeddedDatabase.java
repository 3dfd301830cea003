package vn.chitieu.architecture.broken.http;

import vn.chitieu.architecture.broken.persistence.embedded.EmbeddedThing;

/** Broken on purpose: an HTTP route that opens the embedded database itself. */
public class HttpOpeningTheEmbeddedDatabase {

    public Object database() {
        return new EmbeddedThing();
    }
}
