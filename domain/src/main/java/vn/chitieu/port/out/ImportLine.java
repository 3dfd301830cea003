package vn.chitieu.port.out;

import java.util.Objects;

/** One value read from an import file, with the line it came from (1-based, as an editor shows it). */
public record ImportLine<T>(int line, T value) {

    public ImportLine {
        Objects.requireNonNull(value, "value");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }
}
