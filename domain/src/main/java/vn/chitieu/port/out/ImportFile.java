package vn.chitieu.port.out;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.chitieu.table.Lined;

/**
 * The values read from one file, in file order, each with its line, ready to be stored all or
 * nothing. {@code name} is how the file is named in errors and in the import batch.
 */
public record ImportFile<T>(String name, List<Lined<T>> lines) {

    public ImportFile {
        Objects.requireNonNull(name, "name");
        lines = List.copyOf(lines);
    }

    /** Values numbered as the data lines of a CSV file with one header line: 2, 3, 4… */
    public static <T> ImportFile<T> of(String name, List<T> values) {
        List<Lined<T>> lines = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            lines.add(new Lined<>(i + 2, values.get(i)));
        }
        return new ImportFile<>(name, lines);
    }

    public int size() {
        return lines.size();
    }
}
