package vn.chitieu.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.text.VietnameseText;

/**
 * A table read from a file (CSV or .xlsx, whatever the adapter parsed): its headers as written,
 * and its rows with their line numbers. Headers are matched case-insensitively and without
 * diacritics, spaces or punctuation, so {@code onTime}, {@code ON_TIME} and {@code On time} are the
 * same column.
 */
public final class Table {

    private final String file;
    private final List<String> headers;
    /** Each header key, with the index of the first column that has it. */
    private final Map<String, Integer> indexByKey;
    /**
     * {@link #index} answers by the name asked for: folding a header name is costly and rows ask
     * millions of times.
     */
    private final Map<String, Integer> indexByName = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<TableRow> rows = new ArrayList<>();

    private Table(String file, List<String> headers) {
        this.file = file;
        this.headers = List.copyOf(headers);
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            map.putIfAbsent(key(headers.get(i)), i);
        }
        this.indexByKey = map;
    }

    /**
     * Builds a table from raw records: {@code headers} from line {@code headerLine}, then each
     * record with its own line number. Cells are normalized to NFC and trimmed.
     */
    public static Builder builder(String file, List<String> headers) {
        List<String> clean = headers.stream().map(h -> h == null ? "" : VietnameseText.nfc(h)).toList();
        return new Builder(new Table(file, clean));
    }

    /** The key a header is matched by. */
    public static String key(String header) {
        return VietnameseText.fold(header).replace(" ", "");
    }

    public String file() {
        return file;
    }

    public List<String> headers() {
        return headers;
    }

    public List<TableRow> rows() {
        return Collections.unmodifiableList(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The header as written that matches {@code name}, if any. */
    public Optional<String> column(String name) {
        int i = index(name);
        return i < 0 ? Optional.empty() : Optional.of(headers.get(i));
    }

    /** The index of the (first) column that matches {@code name}, or -1. */
    int index(String name) {
        return indexByName.computeIfAbsent(name, n -> indexByKey.getOrDefault(key(n), -1));
    }

    public Optional<String> columnAny(String... names) {
        for (String n : names) {
            Optional<String> c = column(n);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    public boolean hasColumn(String name) {
        return column(name).isPresent();
    }

    /** Refuses the table unless it has every one of {@code names}; all missing columns are named at once. */
    public void requireColumns(String... names) {
        List<String> missing = Arrays.stream(names).filter(n -> !hasColumn(n)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(InputProblem.at(file, 1, null, null,
                    "missing column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                            + " (the header has: " + headers.stream().collect(Collectors.joining(", ")) + ")"));
        }
    }

    /** Adds rows to a table under construction. */
    public static final class Builder {
        private final Table table;

        private Builder(Table table) {
            this.table = table;
        }

        /**
         * Adds a record read at {@code line}; cells past the last header are ignored, missing ones
         * are empty. A row keeps its cells as an array, by column: a big file has millions.
         */
        public Builder row(int line, List<String> values) {
            String[] cells = new String[table.headers.size()];
            for (int i = 0; i < cells.length && i < values.size(); i++) {
                String v = VietnameseText.nfc(values.get(i));
                cells[i] = v == null || v.isEmpty() ? null : v;
            }
            table.rows.add(new TableRow(table, line, cells));
            return this;
        }

        public Table build() {
            return table;
        }
    }
}
