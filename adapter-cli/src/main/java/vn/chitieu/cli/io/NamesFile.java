package vn.chitieu.cli.io;

import com.google.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.chitieu.table.DelimitedText;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.table.Table;
import vn.chitieu.text.VietnameseText;

/**
 * The names to resolve: a CSV (or .xlsx) whose column {@code name} holds them, or plain text with
 * one name per line (blank lines and lines starting with '#' are skipped).
 */
public final class NamesFile {

    private final TableFiles files;

    @Inject
    public NamesFile(TableFiles files) {
        this.files = files;
    }

    /** The most names a file may hold (the units of a country are a few thousand). */
    static final int MAX_NAMES = 100_000;

    /** The names of {@code file}; a file without any is refused ("no names"). */
    public List<String> read(Path file) {
        if (file.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return fromTable(files.read(file, MAX_NAMES));
        }
        return fromText(file.toString(), files.readText(file));
    }

    /** Names from an in-memory file (a bundled sample). */
    public List<String> read(String source, byte[] bytes) {
        return fromText(source, DelimitedText.decode(source, bytes));
    }

    private List<String> fromText(String source, String text) {
        String first = text.lines().map(VietnameseText::nfc).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .findFirst().orElse(null);
        if (first == null) {
            throw noNames(source);
        }
        if (hasNameColumn(source, first)) {
            return fromTable(files.readCsvText(source, text, MAX_NAMES));
        }
        // plain text, one name a line: checked as the cells of a one-column table (control characters, length, count)
        Table.Builder table = Table.builder(source, 0, List.of("name")).maxRows(MAX_NAMES);
        int line = 0;
        for (String raw : (Iterable<String>) text.lines()::iterator) {
            line++;
            String l = raw.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                table.row(line, List.of(raw));
            }
        }
        return fromTable(table.build());
    }

    /** True when {@code line} is a CSV header with a {@code name} column (a plain name, read as one, may not be a header). */
    private boolean hasNameColumn(String source, String line) {
        try {
            return files.readCsvText(source, line).hasColumn("name");
        } catch (InvalidInputException notAHeader) {
            return false; // e.g. "Xã A, Xã A": a name, checked below as the plain text it is
        }
    }

    private static List<String> fromTable(Table table) {
        table.requireColumns("name");
        List<String> names = table.rows().stream().map(row -> row.get("name")).filter(java.util.Objects::nonNull)
                .toList();
        if (names.isEmpty()) {
            throw noNames(table.file());
        }
        return names;
    }

    private static InvalidInputException noNames(String source) {
        return new InvalidInputException(InputProblem.ofFile(source, "no names: the file has no name to resolve"));
    }
}
