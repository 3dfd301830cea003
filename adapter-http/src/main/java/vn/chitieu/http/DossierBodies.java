package vn.chitieu.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.dossier.DossierField;
import vn.chitieu.dossier.DossierSource;
import vn.chitieu.dossier.SyncRecord;
import vn.chitieu.table.DelimitedText;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;
import vn.chitieu.text.VietnameseText;

/**
 * A {@code POST /api/v1/dossiers} body as the dossier reader takes it: {@code text/csv} read by
 * {@link CsvTables} (English or national sync headers, comma or semicolon, BOM), or
 * {@code application/x-ndjson}, one national sync record ({@code HoSoDongBoDVC}) per line, its nested
 * fee, result-document and supplement lists made flat by {@link SyncRecord} as the CLI's reader does.
 */
final class DossierBodies {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String[] NDJSON_LABELS = Arrays.stream(DossierField.values()).map(DossierField::national)
            .toArray(String[]::new);

    private DossierBodies() {
    }

    /**
     * A CSV body of {@code size} bytes: the table's header that names each field, each row's cells by it
     * (empty: none). The size tells the reader how many dossiers to expect: a small body's counts are
     * not kept in a table sized for every (unit, procedure) cell (57 MB for 651 units × 2,000 procedures).
     */
    static DossierSource csv(String file, Table table, long size) {
        List<InputProblem> misspelt = DossierField.misspelt(file, table.headerLine(), table.headers());
        if (!misspelt.isEmpty()) {
            throw new InvalidInputException(misspelt);
        }
        String[] labels = new String[DossierField.count()];
        for (String h : table.headers()) {
            DossierField f = DossierField.ofHeader(h);
            if (f != null && labels[f.ordinal()] == null) {
                labels[f.ordinal()] = h;
            }
        }
        return new DossierSource() {
            @Override
            public String file() {
                return file;
            }

            @Override
            public long size() {
                return size;
            }

            @Override
            public void read(Records records) {
                records.columns(1, labels.clone());
                String[] values = new String[DossierField.count()];
                for (TableRow row : table.rows()) {
                    for (int i = 0; i < labels.length; i++) {
                        String v = labels[i] == null ? null : row.get(labels[i]);
                        values[i] = v == null || v.isBlank() ? null : v.strip();
                    }
                    records.record(row.line(), values);
                }
            }
        };
    }

    /** An NDJSON body (UTF-8): one JSON object a line, blank lines skipped. */
    static DossierSource ndjson(String file, byte[] body) {
        String[] lines = DelimitedText.decode(file, body).split("\r?\n", -1);
        return new DossierSource() {
            @Override
            public String file() {
                return file;
            }

            @Override
            public long size() {
                return body.length;
            }

            @Override
            public void read(Records records) {
                boolean first = true;
                String[] values = new String[DossierField.count()];
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].isBlank()) {
                        continue;
                    }
                    if (first) {
                        records.columns(0, NDJSON_LABELS.clone());
                        first = false;
                    }
                    Arrays.fill(values, null);
                    String problem = parse(lines[i], values);
                    if (problem != null) {
                        records.unreadable(i + 1, problem);
                    } else {
                        records.record(i + 1, values);
                    }
                }
                if (first) {
                    throw new InvalidInputException(InputProblem.ofFile(file, "the body is empty: no dossiers"));
                }
            }
        };
    }

    private static String parse(String text, String[] values) {
        try (JsonParser p = JSON.createParser(text)) {
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
        return switch (t) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> "1";
            case VALUE_FALSE -> "0";
            case VALUE_NUMBER_FLOAT -> p.getDecimalValue().stripTrailingZeros().toPlainString();
            default -> {
                String s = VietnameseText.nfc(p.getText());
                yield s == null || s.isEmpty() ? null : s;
            }
        };
    }
}
