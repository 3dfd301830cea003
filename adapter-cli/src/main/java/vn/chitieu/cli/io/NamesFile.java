package vn.chitieu.cli.io;

import com.google.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;
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

    public List<String> read(Path file) {
        if (file.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return fromTable(files.read(file));
        }
        return fromText(file.toString(), files.readText(file));
    }

    /** Names from an in-memory file (a bundled sample). */
    public List<String> read(String source, byte[] bytes) {
        return fromText(source, files.text(source, bytes));
    }

    private List<String> fromText(String source, String text) {
        List<String> lines = text.lines().map(VietnameseText::nfc)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (lines.isEmpty()) {
            return List.of();
        }
        Table header = files.readCsvText(source, lines.get(0));
        if (header.hasColumn("name")) {
            return fromTable(files.readCsvText(source, text));
        }
        return lines;
    }

    private static List<String> fromTable(Table table) {
        table.requireColumns("name");
        List<String> names = new ArrayList<>();
        for (TableRow row : table.rows()) {
            if (row.get("name") != null) {
                names.add(row.get("name"));
            }
        }
        return names;
    }

}
