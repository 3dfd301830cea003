package vn.chitieu.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * The dossier codes of one file as 64-bit hashes, in bounded memory whatever the number of dossiers: the
 * hashes are kept in {@link #PARTITIONS} partitions (by the top bits of the mixed hash), each a small
 * buffer; once a partition's buffer is full, every buffer is written to a temporary file as a run and
 * emptied. {@link #repeated} then takes one partition at a time (its runs and what is left in memory,
 * over every ledger of the file: one per reading thread) and finds the hashes given twice with a small
 * open-addressing set. Memory: at most {@link #PARTITIONS} × {@link #BUFFER} hashes a ledger (8 MB) while
 * reading, and one partition (1/256 of the file's hashes: 3 MB for 10^8 dossiers) when checking; the
 * temporary file holds 8 bytes a dossier and is deleted when the ledger is closed. A file of fewer than
 * about half a million dossiers never touches the disk. Two different codes with the same hash are
 * possible (about 3 in ten thousand for a file of 10^8 codes), so a repeated hash is only a candidate: the
 * reader confirms candidates on the codes themselves in a second pass ({@link FirstCodes}), a group of
 * partitions at a time ({@link #repeatedCounts} sizes the groups).
 */
final class CodeLedger implements AutoCloseable {

    static final int PARTITIONS = 256;
    static final int BUFFER = 4096;
    private static final int FIRST = 64;

    private final long[][] buffers = new long[PARTITIONS][];
    private final int[] sizes = new int[PARTITIONS];
    private long total;
    private Path spillPath;
    private FileChannel spill;
    private boolean inMemoryOnly;
    private ByteBuffer io;
    /** Runs written: partition, position in the file, count. */
    private int[] runPartition = new int[64];
    private long[] runPosition = new long[64];
    private int[] runCount = new int[64];
    private int runs;

    /** The hash of a code's UTF-8 bytes (64-bit FNV-1a), never 0. */
    static long hash(byte[] b, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= b[i] & 0xFF;
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    private static int partition(long hash) {
        return (int) (CellCounters.mix(hash) >>> 56);
    }

    void add(long hash) {
        int p = partition(hash);
        long[] b = buffers[p];
        int n = sizes[p];
        if (b == null) {
            b = buffers[p] = new long[FIRST];
        } else if (n == b.length) {
            if (n < BUFFER || inMemoryOnly) {
                b = buffers[p] = Arrays.copyOf(b, n * 2);
            } else {
                spillAll();
                b = buffers[p];
                n = sizes[p];
            }
        }
        b[n] = hash;
        sizes[p] = n + 1;
        total++;
    }

    long size() {
        return total;
    }

    /** The temporary file while it is open (null when nothing was spilled): for tests. */
    java.nio.file.Path spilled() {
        return spill == null ? null : spillPath;
    }

    /** The temporary file's path, open or not (null when none was made): for tests. */
    java.nio.file.Path spilledPath() {
        return spillPath;
    }

    /** Writes every buffer to the temporary file; when no file can be made, keeps growing in memory instead. */
    private void spillAll() {
        try {
            if (spill == null) {
                spillPath = Files.createTempFile("chitieu-dossier-codes-", ".bin");
                spillPath.toFile().deleteOnExit();
                spill = FileChannel.open(spillPath, StandardOpenOption.READ, StandardOpenOption.WRITE);
                io = ByteBuffer.allocate(BUFFER * Long.BYTES);
            }
            for (int p = 0; p < PARTITIONS; p++) {
                int n = sizes[p];
                if (n == 0) {
                    continue;
                }
                io.clear();
                io.asLongBuffer().put(buffers[p], 0, n);
                io.limit(n * Long.BYTES);
                long position = spill.position();
                while (io.hasRemaining()) {
                    spill.write(io);
                }
                if (runs == runCount.length) {
                    runPartition = Arrays.copyOf(runPartition, runs * 2);
                    runPosition = Arrays.copyOf(runPosition, runs * 2);
                    runCount = Arrays.copyOf(runCount, runs * 2);
                }
                runPartition[runs] = p;
                runPosition[runs] = position;
                runCount[runs++] = n;
                sizes[p] = 0;
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            inMemoryOnly = true;
            for (int p = 0; p < PARTITIONS; p++) {
                if (buffers[p] != null && sizes[p] == buffers[p].length) {
                    buffers[p] = Arrays.copyOf(buffers[p], sizes[p] * 2);
                }
            }
        }
    }

    /** Partition {@code p}'s hashes of this ledger into {@code out} from {@code at}; the index after them. */
    private int copy(int p, long[] out, int at) throws IOException {
        for (int r = 0; r < runs; r++) {
            if (runPartition[r] == p) {
                io.clear();
                io.limit(runCount[r] * Long.BYTES);
                long position = runPosition[r];
                while (io.hasRemaining()) {
                    if (spill.read(io, position + io.position()) < 0) {
                        throw new IOException("temporary file of dossier codes cut short");
                    }
                }
                io.flip();
                io.asLongBuffer().get(out, at, runCount[r]);
                at += runCount[r];
            }
        }
        if (sizes[p] > 0) {
            System.arraycopy(buffers[p], 0, out, at, sizes[p]);
            at += sizes[p];
        }
        return at;
    }

    private int count(int p) {
        int n = sizes[p];
        for (int r = 0; r < runs; r++) {
            if (runPartition[r] == p) {
                n += runCount[r];
            }
        }
        return n;
    }

    /** How many hashes are given more than once in each partition, over all {@code ledgers} (the parts of one file). */
    static int[] repeatedCounts(List<CodeLedger> ledgers) {
        int[] counts = new int[PARTITIONS];
        repeated(ledgers, 0, PARTITIONS, (p, h) -> counts[p]++);
        return counts;
    }

    /** Told a hash given more than once, and its partition. */
    interface Repeat {
        void at(int partition, long hash);
    }

    /**
     * Tells {@code each} every hash given more than once in partitions [{@code from}, {@code to}) over all
     * {@code ledgers}, once a hash. Memory: one partition's hashes at a time.
     */
    static void repeated(List<CodeLedger> ledgers, int from, int to, Repeat each) {
        long[] table = new long[0];
        boolean[] told = new boolean[0];
        long[] all = new long[0];
        try {
            for (int p = from; p < to; p++) {
                int n = 0;
                for (CodeLedger l : ledgers) {
                    n += l.count(p);
                }
                if (n < 2) {
                    continue;
                }
                if (all.length < n) {
                    all = new long[Math.max(n, all.length * 2)];
                }
                int at = 0;
                for (CodeLedger l : ledgers) {
                    at = l.copy(p, all, at);
                }
                int slots = Integer.highestOneBit(Math.max(4, n) - 1) << 2;
                if (table.length < slots) {
                    table = new long[slots];
                    told = new boolean[slots];
                } else {
                    Arrays.fill(table, 0, slots, 0L);
                    Arrays.fill(told, 0, slots, false);
                }
                int mask = slots - 1;
                for (int i = 0; i < n; i++) {
                    long h = all[i];
                    int s = (int) CellCounters.mix(h) & mask;
                    while (true) {
                        long t = table[s];
                        if (t == 0) {
                            table[s] = h;
                            break;
                        }
                        if (t == h) {
                            if (!told[s]) {
                                told[s] = true;
                                each.at(p, h);
                            }
                            break;
                        }
                        s = (s + 1) & mask;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        Arrays.fill(buffers, null);
        if (spill != null) {
            try {
                spill.close();
                Files.deleteIfExists(spillPath);
            } catch (IOException e) {
                // the JVM deletes it on exit
            }
            spill = null;
        }
    }
}
