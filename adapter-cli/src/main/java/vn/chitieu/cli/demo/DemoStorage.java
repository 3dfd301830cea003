package vn.chitieu.cli.demo;

import vn.chitieu.port.out.Storage;

/** A new, empty storage in memory for one demo step: the demo drafts decisions without touching a database. */
@FunctionalInterface
public interface DemoStorage {

    Storage fresh();
}
