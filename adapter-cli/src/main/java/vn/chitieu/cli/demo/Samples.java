package vn.chitieu.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample files bundled in the jar under {@code /samples/} (the same files as {@code adapter-cli/src/main/resources/samples/}). */
public final class Samples {

    private Samples() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("sample missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample copied to a new temporary file, for readers that read a path; the caller deletes it. */
    public static java.nio.file.Path copy(String name) {
        try {
            String suffix = name.substring(name.lastIndexOf('.'));
            java.nio.file.Path file = java.nio.file.Files.createTempFile("chitieu-demo-", suffix);
            java.nio.file.Files.write(file, bytes(name));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How a sample is named in messages. */
    public static String source(String name) {
        return "samples/" + name;
    }
}
