package vn.chitieu.architecture.broken.http;

import vn.chitieu.architecture.broken.persistence.embedded.EmbeddedThing;

/** Not broken: the server's composition root may open the embedded database. */
public class ServerStorage {

    public Object database() {
        return new EmbeddedThing();
    }
}
