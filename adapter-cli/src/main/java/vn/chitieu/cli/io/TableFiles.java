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
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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

    /** Reads {@code file}; a missing, empty or undecodable file is an {@link InvalidInputException}. */
    public Table read(Path file) {
        String name = file.toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return readXlsx(file);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(InputProblem.ofFile(name, "file not found"));
        } catch (IOException e) {
            throw new InvalidInputException(InputProblem.ofFile(name, "cannot read the file: " + e.getMessage()));
        }
        return readCsv(name, bytes);
    }

    /** The bytes of {@code file} as text: strict UTF-8, BOM removed. */
    public String readText(Path file) {
        try {
            return text(file.toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(InputProblem.ofFile(file.toString(), "file not found"));
        } catch (IOException e) {
            throw new InvalidInputException(InputProblem.ofFile(file.toString(), "cannot read the file: " + e.getMessage()));
        }
    }

    /** {@code bytes} as text: strict UTF-8 (an invalid byte is an error naming its line), BOM removed. */
    public String text(String source, byte[] bytes) {
        return DelimitedText.decode(source, bytes);
    }

    /** Reads CSV text held in memory (an HTTP body, a bundled sample); {@code source} names it in errors. */
    public Table readCsv(String source, byte[] bytes) {
        return readCsvText(source, text(source, bytes));
    }

    /** Reads CSV text; {@code source} names it in errors. */
    public Table readCsvText(String source, String text) {
        if (text.isBlank()) {
            throw new InvalidInputException(InputProblem.ofFile(source, "the file is empty: a header line is required"));
        }
        char separator = DelimitedText.separator(text);
        CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(separator)
                .commentStrategy(CommentStrategy.SKIP)
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(text);
        try (reader) {
            Iterator<CsvRecord> records = reader.iterator();
            if (!records.hasNext()) {
                throw new InvalidInputException(InputProblem.ofFile(source, "the file is empty: a header line is required"));
            }
            CsvRecord header = records.next();
            Table.Builder table = Table.builder(source, header.getFields());
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

    private static Table readXlsx(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new InvalidInputException(InputProblem.ofFile(name, "file not found"));
        }
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            List<Row> rows = workbook.getFirstSheet().read();
            Table.Builder table = null;
            for (Row row : rows) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                if (table == null) {
                    table = Table.builder(name, cells);
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

    private static String text(Cell cell) {
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
            return n.stripTrailingZeros().toPlainString();
        }
        return cell.getText();
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
