package vn.chitieu.architecture.broken.persistence;

import vn.chitieu.architecture.broken.cli.LeakyCli;

/** Broken on purpose: persistence uses an adapter. */
public class LeakyRepository {

    public Object cli() {
        return new LeakyCli();
    }
}
