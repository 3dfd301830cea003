package vn.chitieu.cli.io;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text as {@link java.io.BufferedReader#readLine} cuts them (LF, CR or CR LF), none held longer
 * than {@code max} characters: a longer line is read past and given as empty with {@link #tooLong} true, so
 * that one line of an NDJSON file that never ends cannot take the heap (a CSV record is bounded the same way).
 */
final class BoundedLines {

    private final Reader in;
    private final int max;
    private final char[] buf = new char[1 << 16];
    private final StringBuilder line = new StringBuilder();
    private int pos;
    private int len;
    private boolean eof;
    /** A CR ended the last line: a LF right after it belongs to that line. */
    private boolean afterCr;
    private boolean tooLong;

    BoundedLines(Reader in, int max) {
        this.in = in;
        this.max = max;
    }

    /** The next line without its line break; null at the end of the text. */
    String next() throws IOException {
        line.setLength(0);
        tooLong = false;
        boolean started = false;
        while (true) {
            if (pos == len) {
                if (eof || (len = in.read(buf, 0, buf.length)) < 0) {
                    eof = true;
                    len = 0;
                    pos = 0;
                    return started ? text() : null;
                }
                pos = 0;
                continue;
            }
            if (afterCr) {
                afterCr = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            started = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n' && buf[pos] != '\r') {
                pos++;
            }
            if (pos < len && line.length() == 0 && !tooLong && pos - start <= max) {
                // the whole line in the buffer: no copy through the builder
                afterCr = buf[pos++] == '\r';
                return new String(buf, start, pos - 1 - start);
            }
            append(start, pos);
            if (pos < len) {
                afterCr = buf[pos++] == '\r';
                return text();
            }
        }
    }

    /** True when the line {@link #next} gave was longer than {@code max} characters (and given as empty). */
    boolean tooLong() {
        return tooLong;
    }

    private void append(int from, int to) {
        if (tooLong) {
            return;
        }
        if (line.length() + (to - from) > max) {
            tooLong = true;
            line.setLength(0);
            line.trimToSize();
            return;
        }
        line.append(buf, from, to - from);
    }

    private String text() {
        return tooLong ? "" : line.toString();
    }
}
