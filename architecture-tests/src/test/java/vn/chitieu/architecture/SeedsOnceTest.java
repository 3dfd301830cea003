package vn.chitieu.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seed files exist once for the tests: the domain's test resources, published in its test-jar, which the
 * other modules' tests read from the classpath. No module's test resources repeat another file's content (line
 * endings aside), as the copies of seeds 000, 002 and 003 in adapter-cli and persistence-jdbi used to.
 */
class SeedsOnceTest {

    /** The build's working directory is this module's; the modules are its siblings. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void noTestResourceIsACopyOfAnother() throws IOException {
        assertThat(ROOT.resolve("domain/pom.xml")).as("the project root").exists();
        Map<String, List<String>> byContent = new TreeMap<>();
        List<Path> folders;
        try (Stream<Path> modules = Files.list(ROOT)) {
            folders = modules.map(m -> m.resolve("src/test/resources")).filter(Files::isDirectory).sorted().toList();
        }
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    byContent.computeIfAbsent(digest(file), k -> new ArrayList<>()).add(ROOT.relativize(file).toString());
                }
            }
        }
        assertThat(byContent.values().stream().flatMap(List::stream)).as("the files looked at")
                .contains("domain/src/test/resources/daklak-2022/units.csv");
        assertThat(byContent.values().stream().filter(paths -> paths.size() > 1))
                .as("test resources that are copies of each other").isEmpty();
    }

    private static String digest(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
