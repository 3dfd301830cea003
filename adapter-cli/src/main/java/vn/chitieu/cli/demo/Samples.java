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

    /** How a sample is named in messages. */
    public static String source(String name) {
        return "samples/" + name;
    }
}
