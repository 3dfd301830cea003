package vn.chitieu.port.out;

/**
 * The version of what a store holds: a token that changes with every committed write (an import of
 * results or units, a decision drafted, changed, issued or withdrawn, an approval or a re-opening…)
 * and stays equal while nothing is written, so that a use case may keep what it computed from the
 * store (a scoreboard) until the next write. Read it before reading what it versions: a write that
 * commits in between then yields a new token, and the kept answer is computed again.
 */
@FunctionalInterface
public interface DataVersion {

    /** Never the same version twice for different contents; null when the store cannot tell (nothing is kept). */
    String current();

    /** A store that cannot tell its version: nothing computed from it is kept. */
    DataVersion UNKNOWN = () -> null;
}
