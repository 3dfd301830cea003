package vn.chitieu.dossier;

/**
 * Counters per (unit, procedure) cell, held sparsely: an open-addressing table whose every slot holds the
 * cell's key and its {@link #WIDTH} int counters side by side, 48 bytes (one cache line) a cell, so that
 * counting a dossier touches one region of memory. Memory grows with the cells that have a dossier (at
 * most units × procedures), never with the dossiers. A cell's counter never nears 2^31 (a year of the
 * whole country is some 10^8 dossiers, spread over many cells); sums over subtrees are taken in longs.
 */
final class CellCounters {

    static final int WIDTH = DossierCounts.COUNTERS;
    private static final int STRIDE = WIDTH + 1;
    private static final int EMPTY = -1;

    private int[] table;
    private int capacity;
    private int mask;
    private int size;

    CellCounters() {
        this(1024);
    }

    /** With room for {@code slots} cells at first (a power of two). */
    CellCounters(int slots) {
        allocate(slots);
    }

    private void allocate(int slots) {
        capacity = slots;
        mask = slots - 1;
        table = new int[Math.multiplyExact(slots, STRIDE)];
        for (int i = 0; i < table.length; i += STRIDE) {
            table[i] = EMPTY;
        }
    }

    int size() {
        return size;
    }

    /** The index in {@link #counters()} of {@code key}'s first counter ({@code key} ≥ 0), made (zeros) when new. */
    int offset(int key) {
        int i = mix(key) & mask;
        while (true) {
            int at = i * STRIDE;
            int k = table[at];
            if (k == key) {
                return at + 1;
            }
            if (k == EMPTY) {
                if ((size + 1) * 4L > capacity * 3L) {
                    grow();
                    return offset(key);
                }
                table[at] = key;
                size++;
                return at + 1;
            }
            i = (i + 1) & mask;
        }
    }

    /** The index of {@code key}'s first counter, or −1 when the cell has none. */
    int find(int key) {
        for (int i = mix(key) & mask;; i = (i + 1) & mask) {
            int k = table[i * STRIDE];
            if (k == key) {
                return i * STRIDE + 1;
            }
            if (k == EMPTY) {
                return -1;
            }
        }
    }

    /** The array the offsets index; it changes when the table grows (ask again after {@link #offset}). */
    int[] counters() {
        return table;
    }

    /** Each cell as {@code key << 32 | index of its first counter}: sorted, they come by key. */
    long[] keysWithOffsets() {
        long[] out = new long[size];
        int n = 0;
        for (int i = 0; i < table.length; i += STRIDE) {
            if (table[i] != EMPTY) {
                out[n++] = ((long) table[i] << 32) | (i + 1);
            }
        }
        return out;
    }

    private void grow() {
        int[] old = table;
        allocate(capacity * 2);
        for (int j = 0; j < old.length; j += STRIDE) {
            if (old[j] != EMPTY) {
                int i = mix(old[j]) & mask;
                while (table[i * STRIDE] != EMPTY) {
                    i = (i + 1) & mask;
                }
                System.arraycopy(old, j, table, i * STRIDE, STRIDE);
            }
        }
    }

    static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
