package vn.chitieu.table;

import java.util.Objects;

/**
 * A value read from a table together with the line of the row it came from (1-based, as the
 * user's editor shows it), so that a later refusal (e.g. by storage) can still name the line.
 */
public record Lined<T>(int line, T value) {

    public Lined {
        Objects.requireNonNull(value, "value");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }
}
