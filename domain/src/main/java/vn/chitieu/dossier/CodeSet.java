package vn.chitieu.dossier;

/**
 * The dossier codes seen so far in one file, as 64-bit hashes in an open-addressing long set (8–16
 * bytes a code instead of a String each). Two different codes with the same hash are possible
 * (about 3 in a million for a file of ten million codes), so a hit is only a candidate duplicate:
 * the reader confirms candidates on the codes themselves in a second pass.
 */
final class CodeSet {

    private long[] table = new long[1 << 16];
    private int size;
    private int mask = table.length - 1;

    /** Adds {@code hash}; false when it was there already. */
    boolean add(long hash) {
        long h = hash == 0 ? 1 : hash;
        int i = (int) CellCounters.mix(h) & mask;
        while (table[i] != 0) {
            if (table[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = h;
        if (++size * 4L > table.length * 3L) {
            grow();
        }
        return true;
    }

    boolean contains(long hash) {
        long h = hash == 0 ? 1 : hash;
        for (int i = (int) CellCounters.mix(h) & mask; table[i] != 0; i = (i + 1) & mask) {
            if (table[i] == h) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        mask = table.length - 1;
        for (long h : old) {
            if (h != 0) {
                int i = (int) CellCounters.mix(h) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = h;
            }
        }
    }

    /** A 64-bit FNV-1a hash of {@code code}'s characters. */
    static long hash(String code) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < code.length(); i++) {
            h ^= code.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
