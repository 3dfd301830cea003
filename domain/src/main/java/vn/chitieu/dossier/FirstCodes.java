package vn.chitieu.dossier;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * The candidate duplicates of the reader's second pass: the code hashes that {@link CodeLedger} saw more than
 * once ({@link CodeSet}) and, for every distinct code met under them, its first line ({@link BytesIndex}: the
 * codes' bytes side by side, no object a code; 70–90 bytes a candidate). Codes are told apart by their
 * bytes, so two different codes under one hash (a collision) are two codes. Lines may come in any order
 * (several reading threads): a code's first line is the least one met, and the duplicates kept for the
 * report are the {@code kept} earliest by line; each is told with its code's first line once the pass is
 * over. Thread-safe.
 */
final class FirstCodes {

    /**
     * The bytes a candidate takes at most (tables grown by doubling, a code of ~22 bytes; 2,000,000 candidates
     * measured at some 170 MB): for sizing groups.
     */
    static final int BYTES_PER_CANDIDATE = 88;

    private final int kept;
    private final CodeSet expected = new CodeSet();
    /** Each distinct code met → its entry number, the index of its first line. */
    private final BytesIndex codes = new BytesIndex();
    private int[] firstLines;
    private long duplicates;
    /** The earliest duplicates: (line << 32 | entry), the latest on top. */
    private final PriorityQueue<Long> earliest;

    FirstCodes(int expected, int kept) {
        this.kept = kept;
        this.earliest = new PriorityQueue<>(kept + 1, (a, b) -> Long.compare(b, a));
        this.firstLines = new int[Math.max(8, expected)];
    }

    /** Expects {@code hash} (given more than once in the file): its codes are then tracked by {@link #met}. */
    synchronized void expect(long hash) {
        expected.add(hash);
    }

    /** The code {@code b[from, to)} of hash {@code hash} met on {@code line}; nothing when its hash is not expected. */
    synchronized void met(long hash, byte[] b, int from, int to, int line) {
        if (!expected.contains(hash)) {
            return;
        }
        int e = codes.get(b, from, to);
        if (e == BytesIndex.ABSENT) {
            e = codes.size();
            codes.put(b, from, to, e);
            if (e == firstLines.length) {
                firstLines = Arrays.copyOf(firstLines, e * 2);
            }
            firstLines[e] = line;
            return;
        }
        duplicates++;
        long key = (long) Math.max(line, firstLines[e]) << 32 | e;
        firstLines[e] = Math.min(line, firstLines[e]);
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
            each.at((int) (key >>> 32), codes.key(e), firstLines[e]);
        }
    }
}
