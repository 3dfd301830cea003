package vn.chitieu.architecture.broken.persistence.jdbi;

/** Not broken: a storage implementation of the broken tree, which the adapters' rules look at. */
public class JdbiThing {
}
