package vn.chitieu.dossier;

import java.util.Arrays;

/**
 * Counters per (unit, procedure) cell, held sparsely: an open-addressing table from the cell's key
 * ({@code unit × procedures + procedure}) to a slot of {@link #WIDTH} long counters. Memory grows with
 * the cells that have a dossier (at most units × procedures), never with the dossiers.
 */
final class CellCounters {

    static final int WIDTH = DossierCounts.COUNTERS;

    private long[] keys;
    private int[] slots;
    private long[] counters;
    private int size;
    private int mask;

    CellCounters() {
        keys = new long[1024];
        slots = new int[1024];
        Arrays.fill(keys, -1L);
        counters = new long[256 * WIDTH];
        mask = keys.length - 1;
    }

    int size() {
        return size;
    }

    /** The offset in {@link #counters()} of {@code key}'s counters, made (zeros) when new. */
    int offset(long key) {
        int i = (int) mix(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return slots[i] * WIDTH;
            }
            if (k == -1L) {
                break;
            }
            i = (i + 1) & mask;
        }
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
            return offset(key);
        }
        keys[i] = key;
        slots[i] = size;
        if ((size + 1) * WIDTH > counters.length) {
            counters = Arrays.copyOf(counters, counters.length * 2);
        }
        return size++ * WIDTH;
    }

    /** The offset of {@code key}'s counters, or −1 when the cell has none. */
    int find(long key) {
        for (int i = (int) mix(key) & mask; keys[i] != -1L; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return slots[i] * WIDTH;
            }
        }
        return -1;
    }

    long[] counters() {
        return counters;
    }

    /** The keys held, in slot order (slot i's counters at i × WIDTH). */
    long[] keysBySlot() {
        long[] out = new long[size];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != -1L) {
                out[slots[i]] = keys[i];
            }
        }
        return out;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[keys.length];
        Arrays.fill(keys, -1L);
        mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != -1L) {
                int i = (int) mix(oldKeys[j]) & mask;
                while (keys[i] != -1L) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slots[i] = oldSlots[j];
            }
        }
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
