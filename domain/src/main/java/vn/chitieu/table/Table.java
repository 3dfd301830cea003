package vn.chitieu.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InputProblems;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.text.VietnameseText;
import vn.chitieu.text.ControlCharacters;

/**
 * A table read from a file (CSV or .xlsx, whatever the adapter parsed): its headers as written,
 * and its rows with their line numbers. Headers are matched case-insensitively and without
 * diacritics, spaces or punctuation, so {@code onTime}, {@code ON_TIME} and {@code On time} are the
 * same column.
 */
public final class Table {

    private final String file;
    /** The line of the header (a two-row header: its last). */
    private final int headerLine;
    private final List<String> headers;
    /** Each header key, with the index of the first column that has it. */
    private final Map<String, Integer> indexByKey;
    /**
     * {@link #index} answers by the name asked for: folding a header name is costly and rows ask
     * millions of times.
     */
    private final Map<String, Integer> indexByName = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<TableRow> rows = new ArrayList<>();
    /** A streamed table's rows not read yet ({@link #each}); null once read, and for a table read whole. */
    private java.util.Iterator<TableRow> pending;
    /** Whether a streamed table's rows were handed out once by {@link #each} (they cannot be read again). */
    private boolean streamed;
    /** The data rows of a streamed table read so far. */
    private int streamedRows;

    /** The longest cell (and header) a file may have, in characters. */
    public static final int MAX_CELL_CHARS = 10_000;
    /** The most data rows a file may have (a million-row results file is a province's year of dossiers). */
    public static final int MAX_ROWS = 5_000_000;
    /** How much of a refused value an error shows. */
    private static final int SHOWN_CHARS = 60;

    /**
     * The names a reader looked for and did not find, by key, and the keys of every name of a
     * column it found (by any of them): what {@link #refuseMisspeltColumns} compares the unread headers with.
     */
    private final Map<String, String> missed = new LinkedHashMap<>();
    private final java.util.Set<String> found = new java.util.HashSet<>();
    /**
     * The names already put in {@link #found}, and in {@link #missed}: a column is asked for on every row by some
     * readers (and by every problem a row raises), and folding its names each time cost more than the lookup.
     */
    private final java.util.Set<String> namesFound = new java.util.HashSet<>();
    private final java.util.Set<String> namesMissed = new java.util.HashSet<>();
    /** The columns a reader found. */
    private final java.util.BitSet read = new java.util.BitSet();

    private Table(String file, int headerLine, List<String> headers) {
        this.file = file;
        this.headerLine = headerLine;
        this.headers = List.copyOf(headers);
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            map.putIfAbsent(key(headers.get(i)), i);
        }
        this.indexByKey = map;
    }

    /** As {@link #builder(String, int, List)} with the header on line 1. */
    public static Builder builder(String file, List<String> headers) {
        return builder(file, 1, headers);
    }

    /**
     * Builds a table from raw records: {@code headers} from line {@code headerLine}, then each
     * record with its own line number. Cells are normalized to NFC and trimmed. A header that
     * names a column twice (as {@link #key} matches them), a control character (NUL…; tab, CR
     * and LF aside) or a header longer than {@link #MAX_CELL_CHARS} is refused here, naming the line.
     */
    public static Builder builder(String file, int headerLine, List<String> headers) {
        InputProblems problems = new InputProblems();
        List<String> clean = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            String bad = h == null ? null : badCell(h);
            if (bad != null) {
                problems.add(InputProblem.at(file, headerLine, "#" + (i + 1), shown(h), "header " + bad));
                h = "";
            }
            clean.add(h == null ? "" : VietnameseText.nfc(h));
        }
        problems.refuseIfAny();
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int i = 0; i < clean.size(); i++) {
            String k = key(clean.get(i));
            if (k.isEmpty()) {
                continue; // unnamed columns (a two-row header, a trailing separator) are never matched
            }
            Integer j = first.putIfAbsent(k, i);
            if (j != null) {
                problems.add(InputProblem.at(file, headerLine, clean.get(i), null, "the header names this column twice: '"
                        + clean.get(j) + "' (column " + (j + 1) + ") and '" + clean.get(i) + "' (column " + (i + 1)
                        + "); which one to read is unknown, so remove or rename one"));
            }
        }
        problems.refuseIfAny();
        return new Builder(new Table(file, headerLine, clean));
    }

    /** Why {@code cell} cannot be read (a control character, too long), or null when it can. */
    private static String badCell(String cell) {
        if (cell.length() > MAX_CELL_CHARS) {
            return "too long: " + cell.length() + " characters; a cell holds at most " + MAX_CELL_CHARS;
        }
        String control = ControlCharacters.problem(cell);
        return control == null ? null : control + "; remove it (a file saved as UTF-16 or a binary file reads so)";
    }

    /** {@code value} as an error shows it: control characters escaped, cut after {@link #SHOWN_CHARS}. */
    private static String shown(String value) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < value.length() && i < SHOWN_CHARS; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                s.append(String.format("\\u%04X", (int) c));
            } else {
                s.append(c);
            }
        }
        return value.length() > SHOWN_CHARS ? s.append("…").toString() : s.toString();
    }

    /** The key a header is matched by. */
    public static String key(String header) {
        return VietnameseText.fold(header).replace(" ", "");
    }

    public String file() {
        return file;
    }

    /** The line of the header (where a refusal of a header points). */
    public int headerLine() {
        return headerLine;
    }

    public List<String> headers() {
        return headers;
    }

    /** Every row; a streamed table not read yet is read whole here. */
    public List<TableRow> rows() {
        if (pending != null) {
            for (TableRow row : each()) {
                rows.add(row);
            }
            streamed = false;
        } else if (streamed) {
            throw new IllegalStateException("the rows of " + file + " were streamed once already");
        }
        return Collections.unmodifiableList(rows);
    }

    /**
     * The rows, in order, for one pass: a table read whole gives {@link #rows()}; a streamed one
     * ({@link Builder#streamed}) reads them from its file as they are asked for, checking each as
     * {@link Builder#row} does, and, after the last, refuses the file with its rows' problems as
     * {@link Builder#build} does, so that a reader sees the same rows and the same refusal without
     * the table holding them.
     */
    public Iterable<TableRow> each() {
        if (pending == null) {
            return rows();
        }
        java.util.Iterator<TableRow> it = pending;
        pending = null;
        streamed = true;
        return () -> it;
    }

    /** About how many rows the table has (the count of a streamed one is not known before it is read). */
    public int sizeHint() {
        return pending != null || streamed ? 1024 : rows.size();
    }

    public boolean isEmpty() {
        if (streamed) {
            return streamedRows == 0;
        }
        return rows().isEmpty();
    }

    /** The header as written that matches {@code name}, if any. */
    public Optional<String> column(String name) {
        return columnAny(name);
    }

    /** The index of the (first) column that matches {@code name}, or -1. */
    int index(String name) {
        Integer known = indexByName.get(name); // asked for every cell of a big file: no lambda made per call
        if (known == null) {
            known = indexByKey.getOrDefault(key(name), -1);
            indexByName.putIfAbsent(name, known);
        }
        return known;
    }

    /** The header of the first of {@code names} (the names one column goes by) that the table has, if any. */
    public Optional<String> columnAny(String... names) {
        for (String n : names) {
            int i = index(n);
            if (i >= 0) {
                remember(names, i);
                return Optional.of(headers.get(i));
            }
        }
        remember(names, -1);
        return Optional.empty();
    }

    private synchronized void remember(String[] names, int column) {
        if (column >= 0) {
            read.set(column);
            for (String n : names) {
                if (namesFound.add(n)) {
                    found.add(key(n));
                }
            }
        } else {
            for (String n : names) {
                if (namesMissed.add(n)) {
                    missed.putIfAbsent(key(n), n);
                }
            }
        }
    }

    /**
     * Refuses the table when a header that no reader used is a near miss of a column looked for and
     * not found ({@code onTme} for {@code onTime}, {@code recieved} for {@code received}): its values
     * would otherwise be ignored without a word. Headers far from every name (a serial number, notes)
     * are left alone. Readers call it once they have looked for their columns (or with {@code known},
     * the names of every column they read, each looked for here), before reading rows.
     */
    public synchronized void refuseMisspeltColumns(String... known) {
        for (String name : known) {
            columnAny(name);
        }
        List<InputProblem> problems = new ArrayList<>();
        List<String> candidates = missed.entrySet().stream().filter(e -> !found.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        for (int i = 0; i < headers.size(); i++) {
            if (!read.get(i)) {
                String near = closest(headers.get(i), candidates);
                if (near != null) {
                    problems.add(misspelt(file, headerLine, headers.get(i), near));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * The one of {@code names} that {@code header} is a near miss of, or null: their keys ({@link #key})
     * differ, by at most one edit when the shorter has 5 to 7 letters, two from 8 on; a key under 5
     * letters is never a near miss ({@code rate} and {@code date} are different words).
     */
    public static String closest(String header, java.util.Collection<String> names) {
        String k = key(header);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String n : names) {
            String nk = key(n);
            int shorter = Math.min(k.length(), nk.length());
            int allowed = shorter < 5 ? 0 : shorter < 8 ? 1 : 2;
            if (allowed == 0 || k.equals(nk) || Math.abs(k.length() - nk.length()) > allowed) {
                continue;
            }
            int d = VietnameseText.levenshtein(k, nk);
            if (d <= allowed && d < bestDistance) {
                best = n;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The refusal of {@code header}, a near miss of the column {@code meant}. */
    public static InputProblem misspelt(String file, int line, String header, String meant) {
        return InputProblem.at(file, line, header, null, "no column is read under this name; did you mean '" + meant
                + "'? Rename the column (or remove it): its values would be ignored");
    }

    public boolean hasColumn(String name) {
        return column(name).isPresent();
    }

    /** Refuses a table with a header and no data rows, where {@code what} (e.g. "results") are expected. */
    public void requireRows(String what) {
        if (isEmpty()) {
            throw new InvalidInputException(InputProblem.ofFile(file, "no rows: the file has a header but no " + what));
        }
    }

    /** Refuses the table unless it has every one of {@code names}; all missing columns are named at once. */
    public void requireColumns(String... names) {
        List<String> missing = Arrays.stream(names).filter(n -> !hasColumn(n)).toList();
        if (!missing.isEmpty()) {
            throw missingColumns(missing, "");
        }
    }

    /** The refusal of this table, whose header lacks {@code missing} (labels as the user should write them). */
    public InvalidInputException missingColumns(List<String> missing, String hint) {
        refuseMisspeltColumns(); // a missing column written a little wrong: say which header it is
        return new InvalidInputException(InputProblem.at(file, headerLine, null, null,
                "missing column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                        + " (the header has: " + String.join(", ", headers) + ")" + hint));
    }

    /** A record of a file as read: its line and its fields. */
    public record Record(int line, List<String> values) {
    }

    /**
     * Adds rows to a table under construction, checking each as it comes: a field past the last
     * column of the header that is not empty (a separator too many: never dropped silently), a
     * control character, a cell over {@link #MAX_CELL_CHARS}; more rows than the limit stop the
     * reading at once. {@link #build} refuses the table with the first problems and their count.
     */
    public static final class Builder {
        private final Table table;
        private final InputProblems problems = new InputProblems();
        private int maxRows = MAX_ROWS;
        private int count;

        private Builder(Table table) {
            this.table = table;
        }

        /** At most {@code max} data rows (a units file is small); a row past it refuses the file. */
        public Builder maxRows(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("max rows must be >= 0: " + max);
            }
            this.maxRows = max;
            return this;
        }

        /**
         * Adds a record read at {@code line}; missing cells are empty (a required one is refused by
         * the reader of the table). A row keeps its cells as an array, by column: a big file has millions.
         */
        public Builder row(int line, List<String> values) {
            TableRow row = check(line, values);
            if (row != null) {
                table.rows.add(row);
            } // else not kept: the table is refused at build
            return this;
        }

        /** The row of a record read at {@code line}, checked as {@link #row} says; null when refused (at build). */
        private TableRow check(int line, List<String> values) {
            if (count >= maxRows) {
                throw new InvalidInputException(InputProblem.at(table.file, line, null, null,
                        "too many rows: a file holds at most " + String.format(java.util.Locale.ROOT, "%,d", maxRows)
                                + " data rows"));
            }
            int width = table.headers.size();
            String[] cells = new String[width];
            boolean good = true;
            for (int i = 0; i < values.size(); i++) {
                String raw = values.get(i);
                if (raw == null || raw.isEmpty()) {
                    continue;
                }
                String bad = badCell(raw);
                if (bad != null) {
                    good = false;
                    problem(line, i, raw, bad);
                } else if (i >= width) {
                    if (!raw.isBlank()) {
                        good = false;
                        problem(line, i, raw, "a field past the last column of the header (it has " + width
                                + "); a separator too many? quote a number with a decimal comma (\"1.234,5\") "
                                + "or separate the fields with ';'");
                    }
                } else if (good) {
                    String v = VietnameseText.nfc(raw);
                    cells[i] = v.isEmpty() ? null : v;
                }
            }
            count++;
            return good ? new TableRow(table, line, cells) : null;
        }

        /**
         * The table of {@code records} (each with its line; blank ones left out by the caller), read
         * as {@link Table#each} asks for them rather than held: what a file of a million rows is read
         * by. Each record is checked as {@link #row} checks it; past the last one, the file is refused
         * as {@link #build} refuses it. The caller closes what {@code records} reads from.
         */
        public Table streamed(java.util.Iterator<Record> records) {
            table.pending = new java.util.Iterator<>() {
                private TableRow next;
                private boolean done;

                @Override
                public boolean hasNext() {
                    while (next == null && !done) {
                        if (!records.hasNext()) {
                            done = true;
                            problems.refuseIfAny();
                            break;
                        }
                        Record r = records.next();
                        next = check(r.line(), r.values());
                    }
                    return next != null;
                }

                @Override
                public TableRow next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    TableRow row = next;
                    next = null;
                    table.streamedRows++;
                    return row;
                }
            };
            return table;
        }

        private void problem(int line, int index, String raw, String reason) {
            if (problems.isFull()) {
                problems.count();
                return;
            }
            String column = index < table.headers.size() && !table.headers.get(index).isEmpty()
                    ? table.headers.get(index) : "#" + (index + 1);
            problems.add(InputProblem.at(table.file, line, column, shown(raw), reason));
        }

        /** The table; refused when a row was. */
        public Table build() {
            problems.refuseIfAny();
            return table;
        }
    }
}
