package vn.chitieu.architecture.broken.cli;

import vn.chitieu.architecture.broken.http.LeakyHttp;

/** Broken on purpose: the CLI adapter uses the HTTP adapter. */
public class LeakyCli {

    public Object http() {
        return new LeakyHttp();
    }
}
