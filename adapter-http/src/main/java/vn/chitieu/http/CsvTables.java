package vn.chitieu.http;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.table.DelimitedText;
import vn.chitieu.table.Table;

/**
 * Reads a {@code text/csv} request body into the domain's {@link Table}, as the CLI reads files:
 * strict UTF-8 with or without BOM, comma, semicolon or tab separated (detected from the header
 * line), '#' comment lines and blank lines skipped; every row keeps its line for errors. The
 * {@link Table.Builder} refuses what the CLI refuses (a field past the header, a column named
 * twice, control characters, overlong cells, too many rows) with the same lines and reasons.
 */
public final class CsvTables {

    public Table read(String source, byte[] bytes) {
        String text = DelimitedText.decode(source, bytes);
        if (text.isBlank()) {
            throw new InvalidInputException(InputProblem.ofFile(source, "the body is empty: a header line is required"));
        }
        CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(DelimitedText.separator(text))
                .commentStrategy(CommentStrategy.SKIP)
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(text);
        try (reader) {
            Iterator<CsvRecord> records = reader.iterator();
            if (!records.hasNext()) {
                throw new InvalidInputException(InputProblem.ofFile(source, "the body is empty: a header line is required"));
            }
            CsvRecord header = records.next();
            Table.Builder table = Table.builder(source, (int) header.getStartingLineNumber(), header.getFields());
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
}
