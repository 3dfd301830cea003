package vn.chitieu.cli.output;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The output formats of every command. */
public enum Format {
    TABLE,
    CSV,
    JSON,
    MD,
    XLSX,
    HTML;

    /** The format an output file's extension asks for; empty for an unknown extension. */
    public static Optional<Format> ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "txt" -> Optional.of(TABLE);
            case "csv" -> Optional.of(CSV);
            case "json" -> Optional.of(JSON);
            case "md", "markdown" -> Optional.of(MD);
            case "xlsx" -> Optional.of(XLSX);
            case "html", "htm" -> Optional.of(HTML);
            default -> Optional.empty();
        };
    }
}
