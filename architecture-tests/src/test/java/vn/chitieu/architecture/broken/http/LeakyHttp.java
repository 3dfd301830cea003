package vn.chitieu.architecture.broken.http;

import vn.chitieu.architecture.broken.cli.LeakyCli;

/** Broken on purpose: the HTTP adapter uses the CLI adapter (and so closes a cycle). */
public class LeakyHttp {

    public Object cli() {
        return LeakyCli.class;
    }
}
