package vn.chitieu.cli.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.dossier.DossierField;
import vn.chitieu.dossier.DossierSource;
import vn.chitieu.dossier.SyncRecord;
import vn.chitieu.table.DelimitedText;
import vn.chitieu.text.VietnameseText;

/**
 * Files of dossiers as streamed {@link DossierSource}s (contracts.md): CSV (UTF-8 with or without BOM,
 * comma, semicolon or tab, English or national sync headers), the first sheet of an .xlsx workbook
 * (read row by row), and {@code .ndjson} / {@code .jsonl}, one national sync record ({@code HoSoDongBoDVC})
 * a line, read with Jackson's streaming parser: nested {@code DanhSachLePhi}, {@code DanhSachGiayToKetQua}
 * and {@code DanhSachHoSoBoSung} become fee, eResult and due ({@link SyncRecord}). No file is held whole;
 * a file of any size is read (no 256 MiB limit as for tables). A progress bar goes to stderr for a file over
 * 20 MB when stderr is a terminal.
 */
public final class DossierFiles {

    private static final long PROGRESS_FROM_BYTES = 20L << 20;

    /** Jackson's streaming parser, loaded with the first NDJSON file (a class of its own: not for CSV). */
    private static final class JsonParsers {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    /** The source reading {@code file} by its extension. */
    public DossierSource open(Path file) {
        TableFiles.requireRegularFile(file); // of any size: a dossier file is streamed, never held
        String lower = file.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return new Xlsx(file);
        }
        if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            return new Ndjson(file);
        }
        return new Csv(file);
    }

    /** Header labels → fields; a field named twice (e.g. {@code code} and {@code MaHoSo}) is refused. */
    static int[] mapHeader(String file, int line, List<String> headers, String[] labels) {
        int[] fieldOfColumn = new int[headers.size()];
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i) == null ? null : VietnameseText.nfc(headers.get(i));
            DossierField f = DossierField.ofHeader(h);
            fieldOfColumn[i] = f == null ? -1 : f.ordinal();
            if (f != null) {
                if (labels[f.ordinal()] != null) {
                    problems.add(InputProblem.at(file, line, h, null, "the header names this column twice: '"
                            + labels[f.ordinal()] + "' and '" + h + "'; which one to read is unknown, so remove one"));
                    fieldOfColumn[i] = -1;
                } else {
                    labels[f.ordinal()] = h;
                }
            }
        }
        problems.addAll(DossierField.misspelt(file, line, headers));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return fieldOfColumn;
    }

    private static InputStream input(Path file, boolean progress) throws IOException {
        InputStream in = Files.newInputStream(file);
        long size = Files.size(file);
        if (progress && size >= PROGRESS_FROM_BYTES && stderrIsTerminal()) {
            in = ProgressBar.wrap(in, new ProgressBarBuilder().setTaskName(file.getFileName().toString())
                    .setInitialMax(size).setUnit(" MB", 1L << 20).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true, StandardCharsets.UTF_8)))
                    .clearDisplayOnFinish());
        }
        return new BufferedInputStream(in, 1 << 16);
    }

    /** True when the process's stderr is a terminal (Linux: fd 2 links to a tty). */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static Reader strictUtf8(InputStream in) throws IOException {
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** CSV, streamed through FastCSV. */
    private static final class Csv implements DossierSource {
        private final Path path;
        private int passes;

        Csv(Path path) {
            this.path = path;
        }

        @Override
        public String file() {
            return path.toString();
        }

        @Override
        public long size() {
            try {
                return java.nio.file.Files.size(path);
            } catch (java.io.IOException e) {
                return -1; // reading it then says why
            }
        }

        /**
         * The byte form ({@link CsvBytes}): chunks of the file split into fields in place on
         * {@link DossierSource.ByteReading#threads} threads, no String a field. The same CSV as {@link #read}.
         */
        @Override
        public boolean readBytes(ByteReading reading) {
            new CsvBytes(path, passes++ == 0).read(reading);
            return true;
        }

        /**
         * Parses on a second thread (FastCSV, in batches of records) while the caller's thread checks and
         * counts them: the two cores of a small server each do half of the work.
         */
        @Override
        public void read(Records records) {
            BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
            AtomicBoolean cancelled = new AtomicBoolean();
            boolean progress = passes++ == 0;
            Thread parser = new Thread(() -> parse(queue, cancelled, progress), "chitieu-csv-parser");
            parser.setDaemon(true);
            parser.start();
            try {
                while (true) {
                    Object item = take(queue);
                    if (item == END) {
                        return;
                    }
                    if (item instanceof Header h) {
                        records.columns(h.line, h.labels);
                    } else if (item instanceof Batch b) {
                        for (int i = 0; i < b.size; i++) {
                            records.record(b.lines[i], b.values[i]);
                        }
                    } else if (item instanceof Failure f) {
                        fail(records, f);
                        return;
                    }
                }
            } finally {
                cancelled.set(true);
                queue.clear();
                parser.interrupt();
            }
        }

        private static Object take(BlockingQueue<Object> queue) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading dossiers", e);
            }
        }

        private void fail(Records records, Failure f) {
            Throwable e = f.error;
            if (e instanceof CsvParseException) {
                records.unreadable((int) f.lastLine + 1, "not valid CSV: " + e.getMessage());
            } else if (e instanceof UncheckedIOException u) {
                unreadable(records, f.lastLine, u.getCause());
            } else if (e instanceof IOException io) {
                unreadable(records, f.lastLine, io);
            } else if (e instanceof RuntimeException r) {
                throw r;
            } else {
                throw new IllegalStateException(e);
            }
        }

        private void parse(BlockingQueue<Object> queue, AtomicBoolean cancelled, boolean progress) {
            String file = file();
            long lastLine = 0;
            try (InputStream raw = input(path, progress)) {
                char separator = separator(raw);
                CsvReader<CsvRecord> reader = TableFiles.csvReader(separator).ofCsvRecord(strictUtf8(raw));
                try (reader) {
                    Iterator<CsvRecord> it = reader.iterator();
                    if (!it.hasNext()) {
                        return;
                    }
                    CsvRecord header = it.next();
                    String[] labels = new String[DossierField.count()];
                    int headerLine = (int) header.getStartingLineNumber();
                    int[] fieldOf = mapHeader(file, headerLine, header.getFields(), labels);
                    if (!put(queue, cancelled, new Header(headerLine, labels))) {
                        return;
                    }
                    Batch batch = new Batch();
                    while (it.hasNext()) {
                        CsvRecord r = it.next();
                        lastLine = r.getStartingLineNumber();
                        String[] values = null;
                        int n = Math.min(r.getFieldCount(), fieldOf.length);
                        for (int i = 0; i < n; i++) {
                            int f = fieldOf[i];
                            if (f >= 0) {
                                String v = r.getField(i).strip();
                                if (!v.isEmpty()) {
                                    if (values == null) {
                                        values = new String[DossierField.count()];
                                    }
                                    values[f] = v;
                                }
                            }
                        }
                        if (values != null) {
                            batch.lines[batch.size] = (int) lastLine;
                            batch.values[batch.size++] = values;
                            if (batch.size == Batch.SIZE) {
                                if (!put(queue, cancelled, batch)) {
                                    return;
                                }
                                batch = new Batch();
                            }
                        }
                    }
                    if (batch.size > 0 && !put(queue, cancelled, batch)) {
                        return;
                    }
                }
            } catch (Throwable e) {
                if (!put(queue, cancelled, new Failure(e, lastLine))) {
                    return;
                }
            }
            put(queue, cancelled, END);
        }

        /** Hands {@code item} over; false when the reading was cancelled (the consumer stopped). */
        private static boolean put(BlockingQueue<Object> queue, AtomicBoolean cancelled, Object item) {
            try {
                while (!cancelled.get()) {
                    if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                        return true;
                    }
                }
                return false;
            } catch (InterruptedException e) {
                return false;
            }
        }

        private void unreadable(Records records, long lastLine, IOException e) {
            if (e instanceof CharacterCodingException) {
                records.unreadable((int) lastLine + 1, "not valid UTF-8 (after line " + lastLine
                        + "); save or send it as UTF-8 (CSV UTF-8 in Excel)");
            } else {
                throw new InvalidInputException(InputProblem.ofFile(file(), "cannot read the file: " + e.getMessage()));
            }
        }

        /** The separator of the header line (read ahead, then given back). */
        private static char separator(InputStream in) throws IOException {
            in.mark(1 << 16);
            byte[] head = in.readNBytes(1 << 15);
            in.reset();
            int end = 0;
            while (end < head.length && head[end] != '\n') {
                end++;
            }
            return DelimitedText.separator(new String(head, 0, end, StandardCharsets.UTF_8));
        }
    }

    private static final Object END = new Object();

    private record Header(int line, String[] labels) {
    }

    private record Failure(Throwable error, long lastLine) {
    }

    /** Records parsed, handed from the parsing thread to the counting one. */
    private static final class Batch {
        static final int SIZE = 2048;
        final int[] lines = new int[SIZE];
        final String[][] values = new String[SIZE][];
        int size;
    }

    /** The first sheet of a workbook, row by row. */
    private static final class Xlsx implements DossierSource {
        private final Path path;

        Xlsx(Path path) {
            this.path = path;
        }

        @Override
        public String file() {
            return path.toString();
        }

        @Override
        public void read(Records records) {
            String file = file();
            TableFiles.checkUnpackedSizes(path);
            try (ReadableWorkbook workbook = new ReadableWorkbook(path.toFile(), new ReadingOptions(true, false));
                    Stream<Row> rows = workbook.getFirstSheet().openStream()) {
                int[] fieldOf = null;
                String[] values = new String[DossierField.count()];
                for (Iterator<Row> it = rows.iterator(); it.hasNext();) {
                    Row row = it.next();
                    if (fieldOf == null) {
                        List<String> cells = new ArrayList<>();
                        for (int i = 0; i < row.getCellCount(); i++) {
                            cells.add(TableFiles.text(row.getCell(i)));
                        }
                        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                            continue;
                        }
                        String[] labels = new String[DossierField.count()];
                        fieldOf = mapHeader(file, row.getRowNum(), cells, labels);
                        records.columns(row.getRowNum(), labels);
                        continue;
                    }
                    Arrays.fill(values, null);
                    boolean any = false;
                    for (int i = 0; i < Math.min(row.getCellCount(), fieldOf.length); i++) {
                        if (fieldOf[i] >= 0) {
                            String v = TableFiles.text(row.getCell(i));
                            if (v != null && !(v = v.strip()).isEmpty()) {
                                values[fieldOf[i]] = v;
                                any = true;
                            }
                        }
                    }
                    if (any) {
                        records.record(row.getRowNum(), values);
                    }
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof InvalidInputException iie) {
                    throw iie;
                }
                throw new InvalidInputException(InputProblem.ofFile(file, "not a readable .xlsx workbook: " + e.getMessage()));
            }
        }
    }

    /** One national sync record a line. */
    private static final class Ndjson implements DossierSource {
        /** The longest line read, in characters (a CSV record's bound, 64 MB). */
        private static final int MAX_LINE = 64 << 20;
        private static final String[] LABELS = new String[DossierField.count()];

        static {
            for (DossierField f : DossierField.values()) {
                LABELS[f.ordinal()] = f.national();
            }
            LABELS[DossierField.FEE.ordinal()] = "LePhi / " + SyncRecord.FEES + "." + SyncRecord.FEE_AMOUNT;
            LABELS[DossierField.DUE.ordinal()] = "NgayHenTra / " + SyncRecord.SUPPLEMENTS + "." + SyncRecord.SUPPLEMENT_DUE;
            LABELS[DossierField.E_RESULT.ordinal()] = "CoKetQuaDienTu / " + SyncRecord.RESULT_DOCUMENTS + "."
                    + SyncRecord.RESULT_LINK;
        }

        private final Path path;
        private int passes;

        Ndjson(Path path) {
            this.path = path;
        }

        @Override
        public String file() {
            return path.toString();
        }

        @Override
        public void read(Records records) {
            int line = 0;
            try (Reader reader = strictUtf8(input(path, passes++ == 0))) {
                BoundedLines in = new BoundedLines(reader, MAX_LINE);
                boolean first = true;
                String[] values = new String[DossierField.count()];
                for (String text; (text = in.next()) != null;) {
                    line++;
                    if (text.isBlank() && !in.tooLong()) {
                        continue;
                    }
                    if (first) {
                        records.columns(0, LABELS.clone());
                        first = false;
                    }
                    if (in.tooLong()) {
                        records.unreadable(line, "a line longer than " + (MAX_LINE >> 20)
                                + " million characters: one national sync record a line");
                        continue;
                    }
                    Arrays.fill(values, null);
                    String problem = parse(text, values);
                    if (problem != null) {
                        records.unreadable(line, problem);
                    } else {
                        records.record(line, values);
                    }
                }
            } catch (CharacterCodingException e) {
                records.unreadable(line + 1, "not valid UTF-8; save or send it as UTF-8");
            } catch (IOException e) {
                throw new InvalidInputException(InputProblem.ofFile(file(), "cannot read the file: " + e.getMessage()));
            }
        }

        /** Fills {@code values} from one JSON object; the reason it cannot be read, or null. */
        private static String parse(String text, String[] values) {
            try (JsonParser p = JsonParsers.FACTORY.createParser(text)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return "not a JSON object: each line holds one national sync record {\"MaHoSo\": …}";
                }
                List<String> fees = null;
                List<String> links = null;
                List<String> deadlines = null;
                String typo = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken t = p.nextToken();
                    if (name.equals(SyncRecord.FEES)) {
                        fees = items(p, t, SyncRecord.FEE_AMOUNT);
                    } else if (name.equals(SyncRecord.RESULT_DOCUMENTS)) {
                        links = items(p, t, SyncRecord.RESULT_LINK);
                    } else if (name.equals(SyncRecord.SUPPLEMENTS)) {
                        deadlines = items(p, t, SyncRecord.SUPPLEMENT_DUE);
                    } else {
                        DossierField f = DossierField.ofHeader(name);
                        typo = f == null && typo == null && DossierField.nearMiss(name) != null ? name : typo;
                        if (f == null || t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                            p.skipChildren();
                        } else {
                            values[f.ordinal()] = scalar(p, t);
                        }
                    }
                }
                if (p.nextToken() != null) {
                    return "more than one JSON value on the line";
                }
                String misspelt = typo == null ? null : DossierField.misspeltKey(typo, values);
                if (misspelt != null) {
                    return misspelt;
                }
                if (fees != null && values[DossierField.FEE.ordinal()] == null) {
                    values[DossierField.FEE.ordinal()] = SyncRecord.fee(fees);
                }
                if (links != null && values[DossierField.E_RESULT.ordinal()] == null) {
                    values[DossierField.E_RESULT.ordinal()] = SyncRecord.eResult(links);
                }
                values[DossierField.DUE.ordinal()] = SyncRecord.due(values[DossierField.DUE.ordinal()], deadlines);
                return null;
            } catch (JsonProcessingException e) {
                return SyncRecord.jsonProblem(e.getOriginalMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The {@code field} of each object of an array (null for an absent one); null for JSON null. */
        private static List<String> items(JsonParser p, JsonToken t, String field) throws IOException {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            List<String> out = new ArrayList<>();
            if (t != JsonToken.START_ARRAY) {
                p.skipChildren();
                return out;
            }
            for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) {
                if (item != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                String value = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    if (name.equals(field) && v != JsonToken.START_OBJECT && v != JsonToken.START_ARRAY) {
                        value = scalar(p, v);
                    } else {
                        p.skipChildren();
                    }
                }
                out.add(value);
            }
            return out;
        }

        private static String scalar(JsonParser p, JsonToken t) throws IOException {
            switch (t) {
                case VALUE_NULL:
                    return null;
                case VALUE_TRUE:
                    return "1";
                case VALUE_FALSE:
                    return "0";
                case VALUE_NUMBER_FLOAT:
                    return p.getDecimalValue().stripTrailingZeros().toPlainString();
                default:
                    String s = VietnameseText.nfc(p.getText());
                    return s == null || s.isEmpty() ? null : s;
            }
        }
    }
}
