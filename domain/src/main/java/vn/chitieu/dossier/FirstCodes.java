package vn.chitieu.dossier;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * The candidate duplicates of the reader's second pass: code hashes that {@link CodeLedger} saw more than
 * once; for every distinct code met under them, its bytes, its first line and how often it was met, in
 * flat arrays (an open-addressing table of entry numbers, the entries, one byte arena: some 50 bytes a
 * candidate, no object a code). Two different codes under one hash (a collision) are two entries, so a
 * duplicate is only ever confirmed on the bytes. Lines may come in any order (several reading threads):
 * a code's first line is the least one met, and the duplicates kept for the report are the
 * {@code kept} earliest by line; each is told with its code's first line once the pass is over.
 * Thread-safe.
 */
final class FirstCodes {

    /** The bytes a candidate takes at most (table and entries grown by doubling, a code of ~22 bytes): for sizing groups. */
    static final int BYTES_PER_CANDIDATE = 72;

    private final int kept;
    /** Entry number + 1 a slot, 0 for an empty one. */
    private int[] table;
    private int mask;
    private long[] hashes;
    private int[] firstLines;
    private int[] offsets;
    private int[] lengths;
    private int entries;
    private byte[] arena = new byte[1 << 12];
    private int used;
    private long duplicates;
    /** The earliest duplicates: (line << 32 | entry), the latest on top. */
    private final PriorityQueue<Long> earliest;

    FirstCodes(int expected, int kept) {
        this.kept = kept;
        this.earliest = new PriorityQueue<>(kept + 1, (a, b) -> Long.compare(b, a));
        int n = Math.max(8, expected);
        hashes = new long[n];
        firstLines = new int[n];
        offsets = new int[n];
        lengths = new int[n];
        table = new int[Integer.highestOneBit(n - 1) << 2];
        mask = table.length - 1;
    }

    /** Expects {@code hash} (given more than once in the file): its codes are then tracked by {@link #met}. */
    synchronized void expect(long hash) {
        int i = slot(hash);
        while (table[i] != 0) {
            if (hashes[table[i] - 1] == hash) {
                return;
            }
            i = (i + 1) & mask;
        }
        add(i, hash, 0, 0, 0);
    }

    /** The code {@code b[from, to)} of hash {@code hash} met on {@code line}; nothing when its hash is not expected. */
    synchronized void met(long hash, byte[] b, int from, int to, int line) {
        int i = slot(hash);
        boolean expected = false;
        while (table[i] != 0) {
            int e = table[i] - 1;
            if (hashes[e] == hash) {
                expected = true;
                if (firstLines[e] == 0) {
                    firstLines[e] = line;
                    offsets[e] = append(b, from, to);
                    lengths[e] = to - from;
                    return;
                }
                if (Arrays.equals(arena, offsets[e], offsets[e] + lengths[e], b, from, to)) {
                    int later = Math.max(line, firstLines[e]);
                    firstLines[e] = Math.min(line, firstLines[e]);
                    duplicate(later, e);
                    return;
                }
            }
            i = (i + 1) & mask;
        }
        if (expected) {
            // another code under the same hash: an entry of its own
            add(i, hash, line, append(b, from, to), to - from);
        }
    }

    private void duplicate(int line, int entry) {
        duplicates++;
        long key = (long) line << 32 | entry;
        if (earliest.size() < kept) {
            earliest.add(key);
        } else if (key < earliest.peek()) {
            earliest.poll();
            earliest.add(key);
        }
    }

    /** How many times a code was met after its first line. */
    synchronized long duplicates() {
        return duplicates;
    }

    /** Told each earliest duplicate, by line: its line, the code, the code's first line. */
    interface Duplicate {
        void at(int line, String code, int firstLine);
    }

    synchronized void earliest(Duplicate each) {
        Long[] keys = earliest.toArray(new Long[0]);
        Arrays.sort(keys);
        for (long key : keys) {
            int e = (int) key;
            each.at((int) (key >>> 32), new String(arena, offsets[e], lengths[e], java.nio.charset.StandardCharsets.UTF_8),
                    firstLines[e]);
        }
    }

    private int slot(long hash) {
        return (int) CellCounters.mix(hash) & mask;
    }

    /** Copies {@code b[from, to)} into the arena; where it starts there. */
    private int append(byte[] b, int from, int to) {
        int n = to - from;
        if (used + n > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, used + n));
        }
        System.arraycopy(b, from, arena, used, n);
        used += n;
        return used - n;
    }

    private void add(int slot, long hash, int line, int offset, int length) {
        if (entries == hashes.length) {
            int n = entries * 2;
            hashes = Arrays.copyOf(hashes, n);
            firstLines = Arrays.copyOf(firstLines, n);
            offsets = Arrays.copyOf(offsets, n);
            lengths = Arrays.copyOf(lengths, n);
        }
        int e = entries++;
        hashes[e] = hash;
        firstLines[e] = line;
        offsets[e] = offset;
        lengths[e] = length;
        table[slot] = e + 1;
        if (entries * 2L > table.length) {
            table = new int[table.length * 2];
            mask = table.length - 1;
            for (int k = 0; k < entries; k++) {
                int i = slot(hashes[k]);
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = k + 1;
            }
        }
    }
}
