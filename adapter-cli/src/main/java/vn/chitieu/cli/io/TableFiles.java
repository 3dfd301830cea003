package vn.chitieu.cli.io;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.table.DelimitedText;
import vn.chitieu.table.Table;
import vn.chitieu.text.NumberBounds;
import vn.chitieu.text.UnreadableNumberException;

/**
 * Reads a tabular input file into the domain's {@link Table}: CSV (UTF-8 with or without BOM,
 * comma, semicolon or tab separated, detected from the header line; lines starting with '#' are
 * comments) or the first sheet of an .xlsx workbook. Every row keeps its line (CSV) or row number
 * (.xlsx) for error messages.
 */
public final class TableFiles {

    /** The largest input file read (CSV, text, YAML, .xlsx as stored): 256 MiB, some 5 million result rows. */
    public static final long MAX_FILE_BYTES = 256L << 20;
    /** The most an .xlsx part may unpack to; its shared strings are held in memory, so less for them. */
    static final long MAX_XLSX_PART_BYTES = 512L << 20;
    static final long MAX_XLSX_SHARED_STRINGS_BYTES = 64L << 20;
    /** The most all parts of an .xlsx may unpack to together. */
    static final long MAX_XLSX_TOTAL_BYTES = 1L << 30;

    /** Reads {@code file}; a missing, empty or undecodable file is an {@link InvalidInputException}. */
    public Table read(Path file) {
        return read(file, Table.MAX_ROWS);
    }

    /** As {@link #read(Path)}, refusing the file past {@code maxRows} data rows. */
    public Table read(Path file, int maxRows) {
        String name = file.toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return readXlsx(file, maxRows);
        }
        return readCsvText(name, DelimitedText.decode(name, bytes(file)), maxRows);
    }

    /**
     * As {@link #read(Path)}, but a CSV file's rows are read as the reader of the table asks for
     * them ({@link Table#each}), not held: the file is checked first as {@link #read} checks it (a
     * regular file within {@link #MAX_FILE_BYTES}, strict UTF-8, not blank), in one pass that keeps
     * nothing, so that it is refused with the same problem, then parsed as it is read. An .xlsx
     * workbook is read whole.
     */
    public Table stream(Path file) {
        String name = file.toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return readXlsx(file, Table.MAX_ROWS);
        }
        checkFile(file);
        String first = StreamedText.check(file, name);
        char separator = DelimitedText.separator(first);
        java.io.Reader text = StreamedText.open(file, name);
        CsvReader<CsvRecord> reader = csvReader(separator).ofCsvRecord(text);
        Iterator<CsvRecord> records = reader.iterator();
        try {
            CsvRecord header = nextRecord(records, name);
            if (header == null) {
                throw new InvalidInputException(InputProblem.ofFile(name, "the file is empty: a header line is required"));
            }
            Table.Builder table = Table.builder(name, (int) header.getStartingLineNumber(), header.getFields());
            return table.streamed(new Iterator<>() {
                private CsvRecord next;
                private boolean done;

                @Override
                public boolean hasNext() {
                    while (next == null && !done) {
                        try {
                            next = nextRecord(records, name);
                        } catch (RuntimeException e) {
                            close(reader);
                            throw e;
                        }
                        if (next == null) {
                            done = true;
                            close(reader);
                        } else if (blank(next.getFields())) {
                            next = null;
                        }
                    }
                    return next != null;
                }

                @Override
                public Table.Record next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    CsvRecord r = next;
                    next = null;
                    return new Table.Record((int) r.getStartingLineNumber(), r.getFields());
                }
            });
        } catch (RuntimeException e) {
            close(reader);
            throw e;
        }
    }

    /** Whether every field is blank: a loop, not a stream, once a row (a million rows). */
    private static boolean blank(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) { // by index: no iterator per row
            String f = fields.get(i);
            if (!f.isEmpty() && f.charAt(0) > ' ' && f.charAt(0) < 0x7F || !f.isBlank()) { // a printable ASCII first letter: not blank
                return false;
            }
        }
        return true;
    }

    /** The next record, null at the end; a parse error is the file's problem. */
    private static CsvRecord nextRecord(Iterator<CsvRecord> records, String source) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (CsvParseException e) {
            throw new InvalidInputException(InputProblem.ofFile(source, "not valid CSV: " + e.getMessage()));
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(InputProblem.ofFile(source, "cannot read the file: " + e.getMessage()));
        }
    }

    private static void close(CsvReader<CsvRecord> reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // read to its end or refused: nothing more is read from it
        }
    }

    /** The CSV reader of tables and dossier files: '#' comments and empty lines skipped, short or long rows read. */
    static CsvReader.CsvReaderBuilder csvReader(char separator) {
        return CsvReader.builder()
                .fieldSeparator(separator)
                .commentStrategy(CommentStrategy.SKIP)
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE);
    }

    /** The bytes of {@code file}: a regular file of at most {@link #MAX_FILE_BYTES} (never /dev/zero, a FIFO…). */
    public static byte[] bytes(Path file) {
        String name = file.toString();
        checkFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw tooBig(name);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(InputProblem.ofFile(name, "file not found"));
        } catch (IOException e) {
            throw new InvalidInputException(InputProblem.ofFile(name, "cannot read the file: " + e.getMessage()));
        }
    }

    private static void checkFile(Path file) {
        String name = file.toString();
        requireRegularFile(file);
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw tooBig(name);
            }
        } catch (IOException e) {
            throw new InvalidInputException(InputProblem.ofFile(name, "cannot read the file: " + e.getMessage()));
        }
    }

    /** Refuses {@code file} unless it exists and is a regular file (not a directory, a device, a pipe). */
    static void requireRegularFile(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new InvalidInputException(InputProblem.ofFile(name, "file not found"));
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(InputProblem.ofFile(name, Files.isDirectory(file) ? "a directory, not a file"
                    : "not a regular file (a device or a pipe); give a file"));
        }
    }

    private static InvalidInputException tooBig(String name) {
        return new InvalidInputException(InputProblem.ofFile(name, "the file is larger than "
                + (MAX_FILE_BYTES >> 20) + " MiB, the most an input may be; split it"));
    }

    /** The bytes of {@code file} as text: strict UTF-8 (an invalid byte is an error naming its line), BOM removed. */
    public String readText(Path file) {
        return DelimitedText.decode(file.toString(), bytes(file));
    }

    /** Reads CSV text held in memory (an HTTP body, a bundled sample); {@code source} names it in errors. */
    public Table readCsv(String source, byte[] bytes) {
        return readCsvText(source, DelimitedText.decode(source, bytes));
    }

    /** Reads CSV text; {@code source} names it in errors. */
    public Table readCsvText(String source, String text) {
        return readCsvText(source, text, Table.MAX_ROWS);
    }

    /** Reads CSV text of at most {@code maxRows} data rows; {@code source} names it in errors. */
    public Table readCsvText(String source, String text, int maxRows) {
        if (text.isBlank()) {
            throw new InvalidInputException(InputProblem.ofFile(source, "the file is empty: a header line is required"));
        }
        char separator = DelimitedText.separator(text);
        CsvReader<CsvRecord> reader = csvReader(separator).ofCsvRecord(text);
        try (reader) {
            Iterator<CsvRecord> records = reader.iterator();
            if (!records.hasNext()) {
                throw new InvalidInputException(InputProblem.ofFile(source, "the file is empty: a header line is required"));
            }
            CsvRecord header = records.next();
            Table.Builder table = Table.builder(source, (int) header.getStartingLineNumber(), header.getFields())
                    .maxRows(maxRows);
            while (records.hasNext()) {
                CsvRecord r = records.next();
                if (r.getFields().stream().allMatch(String::isBlank)) {
                    continue;
                }
                table.row((int) r.getStartingLineNumber(), r.getFields());
            }
            return table.build();
        } catch (CsvParseException e) {
            throw new InvalidInputException(InputProblem.ofFile(source, "not valid CSV: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Table readXlsx(Path file, int maxRows) {
        String name = file.toString();
        checkFile(file);
        checkUnpackedSizes(file);
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Table.Builder table = null;
            for (Iterator<Row> it = rows.iterator(); it.hasNext();) {
                Row row = it.next();
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                if (table == null) {
                    table = Table.builder(name, row.getRowNum(), cells).maxRows(maxRows);
                } else {
                    table.row(row.getRowNum(), cells);
                }
            }
            if (table == null) {
                throw new InvalidInputException(InputProblem.ofFile(name, "the first sheet is empty: a header row is required"));
            }
            return table.build();
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException iie) {
                throw iie;
            }
            throw new InvalidInputException(InputProblem.ofFile(name, "not a readable .xlsx workbook: " + e.getMessage()));
        }
    }

    /**
     * Refuses a workbook whose parts unpack to more than the limits (a "zip bomb": a small file with
     * a cell of a billion characters, or tens of millions of rows), by unpacking each part once and
     * counting, before the reader holds any of it: the sizes a zip declares are not trusted.
     */
    static void checkUnpackedSizes(Path file) {
        String name = file.toString();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                long max = entry.getName().toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml")
                        ? MAX_XLSX_SHARED_STRINGS_BYTES : MAX_XLSX_PART_BYTES;
                if (entry.getSize() > max) {
                    throw unpacksTooBig(name, entry.getName(), max);
                }
                long size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0;) {
                        size += n;
                        if (size > max) {
                            throw unpacksTooBig(name, entry.getName(), max);
                        }
                        if (total + size > MAX_XLSX_TOTAL_BYTES) {
                            throw unpacksTooBig(name, "all parts together", MAX_XLSX_TOTAL_BYTES);
                        }
                    }
                }
                total += size;
            }
        } catch (IOException e) {
            throw new InvalidInputException(InputProblem.ofFile(name, "not a readable .xlsx workbook: " + e.getMessage()));
        }
    }

    private static InvalidInputException unpacksTooBig(String file, String part, long max) {
        return new InvalidInputException(InputProblem.ofFile(file, "the workbook's " + part + " unpacks to more than "
                + (max >> 20) + " MiB, the most an .xlsx may hold; save the sheet as CSV UTF-8, or split it"));
    }

    static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal n = cell.asNumber();
            if (!withinBounds(n)) {
                // 1E-10000000 written out is ten million characters: kept as stored, for NumberReader to refuse
                return n.toString();
            }
            String format = cell.getDataFormatString();
            if (format != null && format.contains("%")) {
                return n.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            }
            String pattern = format == null ? "" : datePatternOf(format);
            if ((pattern.indexOf('y') >= 0 || pattern.indexOf('d') >= 0) && n.signum() > 0
                    && n.compareTo(LAST_EXCEL_DAY) < 0) {
                // a date typed into Excel: a day number shown as a date, read as the date (and time) it shows
                java.time.LocalDateTime t = cell.asDate();
                String day = String.format(Locale.ROOT, "%04d-%02d-%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth());
                return pattern.indexOf('h') < 0 && pattern.indexOf('s') < 0 ? day
                        : day + String.format(Locale.ROOT, " %02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
            }
            return n.stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }

    /** {@link #datePattern} by format: a workbook has a few formats and may have millions of numbers. */
    private static final java.util.Map<String, String> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String datePatternOf(String format) {
        String pattern = PATTERNS.get(format);
        if (pattern == null) {
            pattern = datePattern(format);
            if (PATTERNS.size() < 1_000) { // bounded: formats are the workbook's, read from any file
                PATTERNS.put(format, pattern);
            }
        }
        return pattern;
    }

    /** 31 December 9999 as Excel counts days: a larger number is no date. */
    private static final BigDecimal LAST_EXCEL_DAY = new BigDecimal(2_958_466);

    /**
     * The letters of an Excel number format that say what it shows ({@code y}, {@code d}: a date; {@code h},
     * {@code s}: a time), lower case, without its quoted text, escaped characters and bracketed parts
     * ({@code [$-42A]}, colours).
     */
    static String datePattern(String format) {
        StringBuilder out = new StringBuilder(format.length());
        boolean quoted = false;
        int bracket = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++; // an escaped character, a space as wide as the next one, a fill: never a date letter
            } else if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket = Math.max(0, bracket - 1);
            } else if (bracket == 0) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static boolean withinBounds(BigDecimal n) {
        try {
            NumberBounds.check(n.toString(), n);
            return true;
        } catch (UnreadableNumberException e) {
            return false;
        }
    }
}
