package vn.chitieu.persistence.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on {@code <data directory>.lock}, beside the data directory (the directory
 * itself must stay empty until the cluster is created), held for as long as this process runs
 * the server. The operating system releases it when the process ends, however it ends: a held
 * lock means a live owner, a free one means that a server still running on the directory was
 * left by a dead process. The file keeps the owner's pid, for the message to the next comer.
 */
final class DirectoryLock implements AutoCloseable {

    private final Path dataDirectory;
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(Path dataDirectory, FileChannel channel, FileLock lock) {
        this.dataDirectory = dataDirectory;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks {@code dataDirectory} (created if missing) for this process, or refuses when another
     * live one holds it. The lock is taken beside the directory's real path, so that a symbolic
     * link to a directory in use is refused like the directory itself.
     */
    static DirectoryLock acquire(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        Path real = dataDirectory.toRealPath();
        Path file = real.resolveSibling(real.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new DataDirectoryInUseException(dataDirectory, file, holder(file));
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
        channel.force(false);
        return new DirectoryLock(real, channel, lock);
    }

    /** The real path of the locked data directory: the one to run the server on. */
    Path dataDirectory() {
        return dataDirectory;
    }

    private static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException unreadable) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
