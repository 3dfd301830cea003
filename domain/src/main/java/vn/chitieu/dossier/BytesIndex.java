package vn.chitieu.dossier;

import java.util.Arrays;

/**
 * A small map from byte strings (a field's UTF-8 bytes, e.g. a unit's name or a procedure's code as a file
 * spells it) to an int, so that a reader looks each spelling up once without making a String a record:
 * open addressing over entry numbers, the keys' bytes side by side in one pool.
 */
final class BytesIndex {

    /** What {@link #get} answers for a key not in the map. */
    static final int ABSENT = Integer.MIN_VALUE;

    private int[] slots = new int[256];
    private int[] hashes = new int[64];
    private int[] starts = new int[64];
    private int[] lengths = new int[64];
    private int[] values = new int[64];
    private byte[] pool = new byte[4096];
    private int used;
    private int size;

    int size() {
        return size;
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        return h ^ (h >>> 15);
    }

    int get(byte[] b, int from, int to) {
        int h = hash(b, from, to);
        int mask = slots.length - 1;
        int len = to - from;
        for (int s = h & mask;; s = (s + 1) & mask) {
            int e = slots[s] - 1;
            if (e < 0) {
                return ABSENT;
            }
            if (hashes[e] == h && lengths[e] == len
                    && Arrays.equals(pool, starts[e], starts[e] + len, b, from, to)) {
                return values[e];
            }
        }
    }

    /** Adds {@code b[from, to)} → {@code value} (the key is not in the map). */
    void put(byte[] b, int from, int to, int value) {
        int len = to - from;
        if (size == hashes.length) {
            int n = size * 2;
            hashes = Arrays.copyOf(hashes, n);
            starts = Arrays.copyOf(starts, n);
            lengths = Arrays.copyOf(lengths, n);
            values = Arrays.copyOf(values, n);
        }
        if (used + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, used + len));
        }
        System.arraycopy(b, from, pool, used, len);
        int h = hash(b, from, to);
        hashes[size] = h;
        starts[size] = used;
        lengths[size] = len;
        values[size] = value;
        used += len;
        size++;
        if (size * 2 > slots.length) {
            slots = new int[slots.length * 2];
            for (int e = 0; e < size; e++) {
                place(e);
            }
        } else {
            place(size - 1);
        }
    }

    /** The key of entry {@code e} (the {@code e}th put), as text. */
    String key(int e) {
        return new String(pool, starts[e], lengths[e], java.nio.charset.StandardCharsets.UTF_8);
    }

    private void place(int e) {
        int mask = slots.length - 1;
        int s = hashes[e] & mask;
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        slots[s] = e + 1;
    }
}
