package vn.chitieu.dossier;

/**
 * A set of 64-bit code hashes ({@link CodeLedger#hash}) in an open-addressing long array: the candidate
 * duplicates the reader confirms on the codes themselves in its second pass ({@link FirstCodes}).
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
}
