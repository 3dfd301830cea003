package vn.chitieu.http;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.table.Table;

/**
 * Reads a {@code text/csv} request body into the domain's {@link Table}, as the CLI reads files:
 * strict UTF-8 with or without BOM, comma, semicolon or tab separated (detected from the header
 * line), '#' comment lines and blank lines skipped; every row keeps its line for errors.
 */
public final class CsvTables {

    public Table read(String source, byte[] bytes) {
        String text = utf8(source, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InvalidInputException(InputProblem.ofFile(source, "the body is empty: a header line is required"));
        }
        CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(separator(text))
                .commentStrategy(CommentStrategy.SKIP)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(text);
        try (reader) {
            Iterator<CsvRecord> records = reader.iterator();
            if (!records.hasNext()) {
                throw new InvalidInputException(InputProblem.ofFile(source, "the body is empty: a header line is required"));
            }
            Table.Builder table = Table.builder(source, records.next().getFields());
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

    private static String utf8(String source, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(InputProblem.ofFile(source, "the body is not valid UTF-8; send it as UTF-8"));
        }
    }

    /** The most frequent of ',', ';' and tab outside quotes on the header line. */
    static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (char c : first.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }
}
