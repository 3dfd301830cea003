package vn.chitieu.architecture.broken.persistence.embedded;

/** Not broken: an embedded database of the broken tree, which the adapters' rules look at. */
public class EmbeddedThing {
}
