package vn.chitieu.persistence.embedded;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Which migrations the embedded database was last brought up to date with: the names and CRCs of
 * the {@code db/migration} scripts this build ships, kept in {@code chitieu-schema} in the data
 * directory after Flyway succeeded. When they are the same on the next start, the schema is
 * current and Flyway (a second of a short command, to load, scan and validate) is not run; a
 * script added or edited makes them differ, and Flyway migrates and validates as always.
 */
final class SchemaStamp {

    static final String FILE = "chitieu-schema";
    private static final String LOCATION = "db/migration";

    private final Path file;
    private final String migrations;

    private SchemaStamp(Path file, String migrations) {
        this.file = file;
        this.migrations = migrations;
    }

    static SchemaStamp of(Path dataDirectory) {
        return new SchemaStamp(dataDirectory.resolve(FILE), shipped());
    }

    /** True when the database was migrated with exactly the scripts of this build. */
    boolean isCurrent() {
        try {
            return migrations != null && Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(migrations);
        } catch (IOException e) {
            return false;
        }
    }

    /** Notes that the database is up to date with this build's scripts (after Flyway succeeded). */
    void record() {
        if (migrations == null) {
            return;
        }
        try {
            Path temporary = file.resolveSibling(FILE + ".tmp");
            Files.writeString(temporary, migrations, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // without the stamp the next start runs Flyway again: slower, not wrong
        }
    }

    /** One line per script, {@code name size crc}, sorted; null when the scripts cannot be listed. */
    private static String shipped() {
        URL location = SchemaStamp.class.getClassLoader().getResource(LOCATION);
        if (location == null) {
            return null;
        }
        try {
            List<String> lines = new ArrayList<>();
            if ("jar".equals(location.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) location.openConnection();
                connection.setUseCaches(true);
                JarFile jar = connection.getJarFile();
                for (JarEntry entry : Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (name.startsWith(LOCATION + "/") && !entry.isDirectory()) {
                        lines.add(name.substring(LOCATION.length() + 1) + " " + entry.getSize() + " "
                                + Long.toHexString(entry.getCrc()));
                    }
                }
            } else if ("file".equals(location.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
                    for (Path script : files.filter(Files::isRegularFile).toList()) {
                        byte[] bytes = Files.readAllBytes(script);
                        CRC32 crc = new CRC32();
                        crc.update(bytes);
                        lines.add(script.getFileName() + " " + bytes.length + " " + Long.toHexString(crc.getValue()));
                    }
                }
            } else {
                return null;
            }
            if (lines.isEmpty()) {
                return null;
            }
            Collections.sort(lines);
            return String.join("\n", lines) + "\n";
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
