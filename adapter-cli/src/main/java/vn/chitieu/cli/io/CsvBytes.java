package vn.chitieu.cli.io;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.dossier.DossierField;
import vn.chitieu.dossier.DossierSource;
import vn.chitieu.table.DelimitedText;

/**
 * A CSV file of dossiers read as bytes, for {@link DossierSource#readBytes}: the calling thread reads the
 * file in chunks of {@link #CHUNK} bytes cut at record boundaries (counting lines, so that each chunk knows
 * its first line), and {@code threads} workers each split their chunks into fields in place and hand the
 * records to their own part. No String is made a field; memory is a few chunks whatever the file's size.
 * <p>The CSV read is the one FastCSV reads for {@link DossierFiles}: UTF-8 with or without a BOM, the
 * separator of the header line (comma, semicolon or tab), records ended by LF, CRLF or CR, a field quoted
 * when it starts with {@code "} ({@code ""} a quote inside; what follows the closing quote is kept as it
 * is), lines starting with {@code #} and empty lines skipped, missing and extra fields ignored, each field
 * stripped as {@link String#strip} strips, a record whose fields are all empty skipped. Lines are physical
 * lines (a quoted line break counts), as FastCSV numbers them.
 */
final class CsvBytes {

    static final int CHUNK = 4 << 20;
    /** A record (a line, or several in quotes) longer than this is refused: a quote left open would take the file. */
    private static final int MAX_RECORD = 64 << 20;
    private static final long PROGRESS_FROM_BYTES = 20L << 20;
    private static final int FIELDS = DossierField.count();
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    private final Path path;
    private final String file;
    private final boolean progress;
    private final int chunk;

    CsvBytes(Path path, boolean progress) {
        this(path, progress, CHUNK);
    }

    /** With chunks of {@code chunk} bytes (small ones in tests, to cut a small file in many). */
    CsvBytes(Path path, boolean progress, int chunk) {
        this.path = path;
        this.file = path.toString();
        this.progress = progress;
        this.chunk = chunk;
    }

    /** A piece of the file: bytes [from, to) of {@code data}, whole records, the first on {@code line}. */
    private record Chunk(byte[] data, int from, int to, int line) {
    }

    private static final Chunk END = new Chunk(new byte[0], 0, 0, 0);

    void read(DossierSource.ByteReading reading) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
                ProgressBar bar = bar(channel.size())) {
            new Run(channel, reading, bar).run();
        } catch (IOException e) {
            throw new InvalidInputException(InputProblem.ofFile(file, "cannot read the file: " + e.getMessage()));
        }
    }

    private ProgressBar bar(long size) {
        if (!progress || size < PROGRESS_FROM_BYTES || !DossierFiles.stderrIsTerminal()) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName(path.getFileName().toString()).setInitialMax(size)
                .setUnit(" MB", 1L << 20).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true, StandardCharsets.UTF_8)))
                .clearDisplayOnFinish().build();
    }

    /** One reading of the file. */
    private final class Run {
        private final FileChannel channel;
        private final DossierSource.ByteReading reading;
        private final ProgressBar bar;
        private final int threads;
        private final BlockingQueue<Chunk> work;
        private final BlockingQueue<byte[]> free;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private byte separator;
        private int[] fieldOf;
        private boolean eof;
        private long read;

        Run(FileChannel channel, DossierSource.ByteReading reading, ProgressBar bar) {
            this.channel = channel;
            this.reading = reading;
            this.bar = bar;
            this.threads = Math.max(1, reading.threads());
            this.work = new ArrayBlockingQueue<>(threads + 1);
            this.free = new ArrayBlockingQueue<>(2 * threads + 2);
        }

        /** Fills {@code buf} from {@code at}; the new length. */
        private int fill(byte[] buf, int at) throws IOException {
            ByteBuffer b = ByteBuffer.wrap(buf, at, buf.length - at);
            while (b.hasRemaining()) {
                int n = channel.read(b);
                if (n < 0) {
                    eof = true;
                    break;
                }
                read += n;
            }
            if (bar != null) {
                bar.stepTo(read);
            }
            return b.position();
        }

        void run() throws IOException {
            byte[] buf = new byte[chunk];
            int len = fill(buf, 0);
            int pos = 0;
            if (len >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
                pos = 3;
            }
            int lineEnd = pos;
            while (lineEnd < len && lineEnd - pos < (1 << 15) && buf[lineEnd] != '\n') {
                lineEnd++;
            }
            separator = (byte) DelimitedText.separator(new String(buf, pos, lineEnd - pos, StandardCharsets.UTF_8));
            // the header: the first record that is not empty nor a comment, read whole (a header of any length)
            int line = 1;
            Header header;
            while (true) {
                header = header(buf, pos, len, line);
                if (header != null || eof) {
                    break;
                }
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                len = fill(buf, len);
            }
            if (header == null || header.fields == null) {
                return; // no record at all: the reader says the file is empty
            }
            String[] labels = new String[FIELDS];
            fieldOf = DossierFiles.mapHeader(file, header.line, header.fields, labels);
            reading.columns(header.line, labels);
            pos = header.end;
            line = header.nextLine;
            List<Thread> workers = new ArrayList<>();
            DossierSource.ByteRecords inline = null;
            if (threads == 1) {
                inline = reading.part();
            } else {
                for (int t = 0; t < threads; t++) {
                    Thread w = new Thread(this::work, "chitieu-dossiers-" + t);
                    w.setDaemon(true);
                    workers.add(w);
                    w.start();
                }
                for (int i = 0; i < 2 * threads + 1; i++) {
                    free.add(new byte[chunk]);
                }
            }
            try {
                Fields fields = new Fields();
                while (true) {
                    if (pos == len && eof) {
                        break;
                    }
                    Cut cut = cut(buf, pos, len);
                    if (cut == null && !eof) {
                        // no record ends in what is there: read more, into a larger buffer when it is full
                        byte[] next = buf;
                        if (pos == 0 && len == buf.length) {
                            if (buf.length >= MAX_RECORD) {
                                throw new InvalidInputException(InputProblem.at(file, line, null, null, "not valid CSV: "
                                        + "a record longer than " + (MAX_RECORD >> 20) + " MB (a quote that is never closed?)"));
                            }
                            next = Arrays.copyOf(buf, buf.length * 2);
                        } else if (pos > 0) {
                            System.arraycopy(buf, pos, buf, 0, len - pos);
                        }
                        len -= pos;
                        pos = 0;
                        buf = next;
                        len = fill(buf, len);
                        continue;
                    }
                    int end = cut == null ? len : cut.end;
                    Chunk c = new Chunk(buf, pos, end, line);
                    line += cut == null ? 0 : cut.lines;
                    byte[] next;
                    if (inline != null) {
                        parse(c, inline, fields);
                        next = buf;
                    } else {
                        next = take(free);
                        if (next.length < buf.length) {
                            next = new byte[buf.length];
                        }
                        put(c);
                    }
                    int rest = len - end;
                    System.arraycopy(buf, end, next, 0, rest);
                    buf = next;
                    pos = 0;
                    len = rest;
                    if (!eof) {
                        len = fill(buf, len);
                    }
                    if (eof && cut == null) {
                        break;
                    }
                }
            } finally {
                for (int t = 0; t < workers.size(); t++) {
                    putEnd();
                }
                for (Thread w : workers) {
                    try {
                        w.join();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while reading dossiers", e);
                    }
                }
            }
            Throwable e = failure.get();
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (e instanceof Error err) {
                throw err;
            }
            if (e != null) {
                throw new IllegalStateException(e);
            }
        }

        private byte[] take(BlockingQueue<byte[]> q) {
            try {
                while (true) {
                    byte[] b = q.poll(100, TimeUnit.MILLISECONDS);
                    if (b != null) {
                        return b;
                    }
                    rethrow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading dossiers", e);
            }
        }

        private void put(Chunk c) {
            try {
                while (!work.offer(c, 100, TimeUnit.MILLISECONDS)) {
                    rethrow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading dossiers", e);
            }
        }

        private void putEnd() {
            try {
                work.put(END); // a failed worker goes on taking until END: never stuck
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void rethrow() {
            Throwable e = failure.get();
            if (e instanceof RuntimeException r) {
                throw r;
            }
            if (e instanceof Error err) {
                throw err;
            }
        }

        /** A worker: its own part, fed chunks in the file's order. */
        private void work() {
            try {
                DossierSource.ByteRecords part = reading.part();
                Fields fields = new Fields();
                while (true) {
                    Chunk c = work.take();
                    if (c == END) {
                        return;
                    }
                    if (failure.get() == null) {
                        parse(c, part, fields);
                    }
                    free.offer(c.data);
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
                // keep taking, so that the reading thread is never stuck on a full queue
                try {
                    while (work.take() != END) {
                        // drop
                    }
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** The header record from {@code pos}: null when it does not end in {@code len} (and the file goes on). */
        private Header header(byte[] buf, int pos, int len, int line) {
            int i = pos;
            while (i < len) {
                byte c = buf[i];
                if (c == '\n' || c == '\r') {
                    int after = lineBreak(buf, i, len);
                    if (after < 0) {
                        return null;
                    }
                    i = after;
                    line++;
                    continue;
                }
                if (c == '#') {
                    int j = i;
                    while (j < len && buf[j] != '\n' && buf[j] != '\r') {
                        j++;
                    }
                    if (j == len) {
                        return eof ? new Header(line, null, len, line) : null;
                    }
                    i = j;
                    continue;
                }
                break;
            }
            if (i >= len) {
                return eof ? new Header(line, null, len, line) : null;
            }
            int start = i;
            int lines = 0;
            List<String> fields = new ArrayList<>();
            while (true) {
                int s = i;
                boolean quoted = buf[i] == '"';
                if (quoted) {
                    i++;
                    while (true) {
                        if (i >= len) {
                            if (!eof) {
                                return null;
                            }
                            throw new InvalidInputException(InputProblem.at(file, line, null, null,
                                    "not valid CSV: a quoted field of the header is not closed"));
                        }
                        byte c = buf[i];
                        if (c == '"') {
                            if (i + 1 < len && buf[i + 1] == '"') {
                                i += 2;
                                continue;
                            }
                            if (i + 1 >= len && !eof) {
                                return null;
                            }
                            i++;
                            break;
                        }
                        if (c == '\n' || (c == '\r' && (i + 1 >= len || buf[i + 1] != '\n'))) {
                            lines++;
                        }
                        i++;
                    }
                }
                while (i < len && buf[i] != separator && buf[i] != '\n' && buf[i] != '\r') {
                    i++;
                }
                byte[] copy = Arrays.copyOfRange(buf, s, i);
                int e = quoted ? unquote(copy, 0, copy.length) : copy.length;
                String text = strictUtf8(copy, 0, e);
                if (text == null) {
                    throw new InvalidInputException(InputProblem.at(file, line, null, null,
                            "not valid UTF-8; save or send it as UTF-8 (CSV UTF-8 in Excel)"));
                }
                fields.add(text);
                if (i < len && buf[i] == separator) {
                    i++;
                    if (i >= len && !eof) {
                        return null;
                    }
                    if (i < len) {
                        continue;
                    }
                    fields.add("");
                    return new Header(line, fields, i, line + lines + 1);
                }
                if (i >= len) {
                    if (!eof) {
                        return null;
                    }
                    return new Header(line, fields, i, line + lines + 1);
                }
                int after = lineBreak(buf, i, len);
                if (after < 0) {
                    return null;
                }
                return new Header(line, fields, after, line + lines + 1);
            }
        }

        /** The index after the line break at {@code i}; −1 when a CR ends what is read and the file goes on. */
        private int lineBreak(byte[] buf, int i, int len) {
            if (buf[i] == '\n') {
                return i + 1;
            }
            if (i + 1 < len) {
                return buf[i + 1] == '\n' ? i + 2 : i + 1;
            }
            return eof ? i + 1 : -1;
        }

        /**
         * Where the last whole record in {@code buf[pos, len)} ends, and how many lines come before that; null
         * when no record ends there. Counts newlines eight bytes at a time while the text has no quote and no
         * CR; otherwise follows the quotes byte by byte.
         */
        private Cut cut(byte[] buf, int pos, int len) {
            int last = len - 1;
            while (last >= pos && buf[last] != '\n') {
                last--;
            }
            if (last < pos) {
                return special(buf, pos, len) ? exactCut(buf, pos, len) : null;
            }
            int end = last + 1;
            long lines = 0;
            long quotes = 0;
            long crs = 0;
            long quote = ONES * '"';
            long cr = ONES * '\r';
            long nl = ONES * '\n';
            int i = pos;
            for (; i + 8 <= end; i += 8) {
                long w = (long) LONGS.get(buf, i);
                lines += Long.bitCount(zeros(w ^ nl));
                quotes |= zeros(w ^ quote);
                crs |= zeros(w ^ cr);
            }
            for (; i < end; i++) {
                byte c = buf[i];
                lines += c == '\n' ? 1 : 0;
                quotes |= c == '"' ? 1 : 0;
                crs |= c == '\r' ? 1 : 0;
            }
            if (quotes != 0) {
                return exactCut(buf, pos, len);
            }
            if (crs != 0) {
                // CRLF ends one line, a CR alone another
                for (int k = pos; k < end; k++) {
                    if (buf[k] == '\r' && buf[k + 1] != '\n') {
                        lines++;
                    }
                }
            }
            return new Cut(end, (int) lines);
        }

        private boolean special(byte[] buf, int from, int to) {
            for (int i = from; i < to; i++) {
                if (buf[i] == '"' || buf[i] == '\r') {
                    return true;
                }
            }
            return false;
        }

        /** {@link #cut} byte by byte, following quotes, comments and CRs as {@link #parse} reads them. */
        private Cut exactCut(byte[] buf, int pos, int len) {
            int lines = 0;
            int lastEnd = -1;
            int linesAtEnd = 0;
            boolean fieldStart = true;
            boolean recordStart = true;
            int i = pos;
            scan:
            while (i < len) {
                byte c = buf[i];
                if (recordStart && c == '#') {
                    while (i < len && buf[i] != '\n' && buf[i] != '\r') {
                        i++;
                    }
                    if (i == len) {
                        break;
                    }
                    c = buf[i];
                } else if (fieldStart && c == '"') {
                    i++;
                    while (true) {
                        if (i >= len) {
                            break scan;
                        }
                        byte q = buf[i];
                        if (q == '"') {
                            if (i + 1 >= len) {
                                if (!eof) {
                                    break scan;
                                }
                                i++;
                                break;
                            }
                            if (buf[i + 1] == '"') {
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        if (q == '\n') {
                            lines++;
                        } else if (q == '\r') {
                            if (i + 1 >= len) {
                                break scan;
                            }
                            if (buf[i + 1] != '\n') {
                                lines++;
                            }
                        }
                        i++;
                    }
                    fieldStart = false;
                    recordStart = false;
                    continue;
                }
                if (c == separator) {
                    fieldStart = true;
                    recordStart = false;
                    i++;
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    int after = lineBreak(buf, i, len);
                    if (after < 0) {
                        break;
                    }
                    i = after;
                    lines++;
                    lastEnd = i;
                    linesAtEnd = lines;
                    fieldStart = true;
                    recordStart = true;
                    continue;
                }
                fieldStart = false;
                recordStart = false;
                i++;
            }
            return lastEnd < 0 ? null : new Cut(lastEnd, linesAtEnd);
        }

        /** Splits a chunk into records and hands them to {@code part}. */
        private void parse(Chunk c, DossierSource.ByteRecords part, Fields f) {
            byte[] buf = c.data;
            int end = c.to;
            int i = c.from;
            int line = c.line;
            byte sep = separator;
            int[] of = fieldOf;
            int columns = of.length;
            int[] at = f.at;
            int[] raw = f.raw;
            boolean[] quoted = f.quoted;
            while (i < end) {
                byte b = buf[i];
                if (b == '\n') {
                    i++;
                    line++;
                    continue;
                }
                if (b == '\r') {
                    i = i + 1 < end && buf[i + 1] == '\n' ? i + 2 : i + 1;
                    line++;
                    continue;
                }
                if (b == '#') {
                    while (i < end && buf[i] != '\n' && buf[i] != '\r') {
                        i++;
                    }
                    continue;
                }
                int recordLine = line;
                int recordStart = i;
                Arrays.fill(raw, -1);
                int acc = 0;
                int col = 0;
                boolean broken = false;
                while (true) {
                    int s = i;
                    boolean q = i < end && buf[i] == '"';
                    if (q) {
                        i++;
                        while (true) {
                            if (i >= end) {
                                broken = true;
                                break;
                            }
                            byte x = buf[i];
                            acc |= x;
                            if (x == '"') {
                                if (i + 1 < end && buf[i + 1] == '"') {
                                    i += 2;
                                    continue;
                                }
                                i++;
                                break;
                            }
                            if (x == '\n' || (x == '\r' && (i + 1 >= end || buf[i + 1] != '\n'))) {
                                line++;
                            }
                            i++;
                        }
                    }
                    while (i < end) {
                        byte x = buf[i];
                        if (x == sep || x == '\n' || x == '\r') {
                            break;
                        }
                        acc |= x;
                        i++;
                    }
                    if (col < columns) {
                        int fi = of[col];
                        if (fi >= 0) {
                            raw[2 * fi] = s;
                            raw[2 * fi + 1] = i;
                            quoted[fi] = q;
                        }
                    }
                    col++;
                    if (i < end && buf[i] == sep) {
                        i++;
                        continue;
                    }
                    break;
                }
                int recordEnd = i;
                if (i < end) {
                    i = buf[i] == '\r' && i + 1 < end && buf[i + 1] == '\n' ? i + 2 : i + 1;
                }
                line++;
                if (broken) {
                    part.unreadable(recordLine, "not valid CSV: a quoted field is not closed before the end of the file");
                    continue;
                }
                if (acc < 0 && !validUtf8(buf, recordStart, recordEnd)) {
                    part.unreadable(recordLine, "not valid UTF-8; save or send it as UTF-8 (CSV UTF-8 in Excel)");
                    continue;
                }
                boolean any = false;
                for (int k = 0; k < FIELDS; k++) {
                    int s = raw[2 * k];
                    if (s < 0) {
                        at[2 * k] = -1;
                        continue;
                    }
                    int e = raw[2 * k + 1];
                    if (quoted[k]) {
                        e = unquote(buf, s, e);
                    }
                    while (s < e && blank(buf[s])) {
                        s++;
                    }
                    while (e > s && blank(buf[e - 1])) {
                        e--;
                    }
                    if (s < e && (buf[s] < 0 || buf[e - 1] < 0)) {
                        e = strip(buf, s, e);
                    }
                    if (s == e) {
                        at[2 * k] = -1;
                    } else {
                        at[2 * k] = s;
                        at[2 * k + 1] = e;
                        any = true;
                    }
                }
                if (any) {
                    part.record(recordLine, buf, at);
                }
            }
        }

        /** A field whose ends are not ASCII, stripped as {@link String#strip} strips, moved to {@code s}; its new end. */
        private int strip(byte[] buf, int s, int e) {
            String text = new String(buf, s, e - s, StandardCharsets.UTF_8);
            String stripped = text.strip();
            if (stripped.length() == text.length()) {
                return e;
            }
            byte[] b = stripped.getBytes(StandardCharsets.UTF_8);
            System.arraycopy(b, 0, buf, s, b.length);
            return s + b.length;
        }
    }

    private record Header(int line, List<String> fields, int end, int nextLine) {
    }

    private record Cut(int end, int lines) {
    }

    /** A worker's arrays for one record. */
    private static final class Fields {
        final int[] at = new int[2 * FIELDS];
        final int[] raw = new int[2 * FIELDS];
        final boolean[] quoted = new boolean[FIELDS];
    }

    /** A high bit in each byte of {@code x} that is 0. */
    private static long zeros(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    /** The characters {@link String#strip} strips that are ASCII. */
    private static boolean blank(byte b) {
        return b == ' ' || (b >= 9 && b <= 13) || (b >= 28 && b <= 31);
    }

    /** A quoted field {@code buf[s, e)} ({@code buf[s]} is the quote) unquoted in place; its new end. */
    static int unquote(byte[] buf, int s, int e) {
        int w = s;
        int r = s + 1;
        while (r < e) {
            byte c = buf[r];
            if (c == '"') {
                if (r + 1 < e && buf[r + 1] == '"') {
                    buf[w++] = '"';
                    r += 2;
                    continue;
                }
                r++;
                while (r < e) {
                    buf[w++] = buf[r++];
                }
                break;
            }
            buf[w++] = c;
            r++;
        }
        return w;
    }

    private static String strictUtf8(byte[] b, int from, int to) {
        return validUtf8(b, from, to) ? new String(b, from, to - from, StandardCharsets.UTF_8) : null;
    }

    /** True when {@code b[from, to)} is well-formed UTF-8 (no overlong form, surrogate or code point past U+10FFFF). */
    static boolean validUtf8(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int n;
            int min = 0x80;
            int max = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                if (c == 0xE0) {
                    min = 0xA0;
                } else if (c == 0xED) {
                    max = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                if (c == 0xF0) {
                    min = 0x90;
                } else if (c == 0xF4) {
                    max = 0x8F;
                }
            } else {
                return false;
            }
            if (i + n >= to) {
                return false;
            }
            int second = b[i + 1] & 0xFF;
            if (second < min || second > max) {
                return false;
            }
            for (int k = 2; k <= n; k++) {
                int x = b[i + k] & 0xFF;
                if (x < 0x80 || x > 0xBF) {
                    return false;
                }
            }
            i += n + 1;
        }
        return true;
    }
}
