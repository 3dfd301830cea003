package vn.chitieu.cli.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a file all at once: to a temporary file beside it, then an atomic move. A failure leaves nothing behind. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** The temporary file is created private (0600); the result gets the usual rw-r--r-- like any file the user writes. */
    private static void readableByAll(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    public static void write(Path target, byte[] content) {
        write(target, out -> {
            try {
                out.write(content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * What {@code content} writes to the stream it is given (buffered; not to be closed by it), as
     * the file {@code target}, all at once: a failure, an exception of {@code content} included,
     * leaves nothing behind.
     */
    public static void write(Path target, java.util.function.Consumer<java.io.OutputStream> content) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.accept(out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            readableByAll(tmp);
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move succeeded or the original error is more useful
                }
            }
        }
    }
}
