package vn.chitieu.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.google.inject.Inject;
import com.google.inject.Provider;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.chitieu.cli.OutputOptions;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.table.CsvStyle;

/**
 * Writes a command's result in the format asked for: the {@link Report} for table, csv, md, html
 * and xlsx; the command's own JSON document for json. With {@code --out} the file is written
 * atomically (temporary file, then move), so a failed command leaves no file.
 */
public final class Output {

    /** Made for the first JSON document: most commands write tables, CSV or xlsx and never load Jackson. */
    private final Provider<ObjectMapper> json;
    private final ReportRenderer renderer;

    @Inject
    public Output(Provider<ObjectMapper> json, ReportRenderer renderer) {
        this.json = json;
        this.renderer = renderer;
    }

    public void emit(OutputOptions options, Report report, Object document) {
        emit(options, options.format(), report, document);
    }

    /** As {@link #emit(OutputOptions, Report, Object)} in {@code format}, for a command whose default format is its own. */
    public void emit(OutputOptions options, Format format, Report report, Object document) {
        emit(options, format, report, document, options.csvStyle());
    }

    /** As {@link #emit(OutputOptions, Format, Report, Object)}, CSV in {@code style} (a file chitieu reads back: plain). */
    public void emit(OutputOptions options, Format format, Report report, Object document, CsvStyle style) {
        if (format == Format.XLSX && options.out() == null) {
            throw options.usageError("xlsx is a binary format: give --out FILE.xlsx");
        }
        if (format == Format.CSV && report != null) {
            // row by row into the file (or standard output): no String nor byte[] of the whole board
            write(options, out -> renderer.writeCsv(report, options.lang(), style, out));
            // a CSV holds rows only: its report's warnings (declared totals not borne out, parts missing from a
            // year) and commend / criticise lists go to stderr rather than nowhere, stdout staying pure CSV
            PrintWriter err = options.stderr();
            report.notes().forEach(err::println);
            err.flush();
            return;
        }
        if (format == Format.JSON) {
            writeJson(options, document == null ? report : document);
            return;
        }
        write(options, renderer.render(report, format, options.lang(), style));
    }

    /**
     * {@code document} as JSON straight into the {@code --out} file (atomically) or standard output, then the final
     * newline: no byte[] nor String of the whole document (tens of MB for a plan of 200,000 children).
     */
    private void writeJson(OutputOptions options, Object document) {
        ObjectWriter writer = json.get().writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try {
            if (options.out() != null) {
                AtomicFiles.write(options.out(), stream -> {
                    try {
                        writer.writeValue(stream, document);
                        stream.write('\n');
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                return;
            }
            PrintWriter stdout = options.stdout();
            writer.writeValue(stdout, document);
            stdout.print('\n');
            stdout.flush();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** What {@code writer} writes, as UTF-8, to the {@code --out} file (atomically), else to standard output. */
    public static void write(OutputOptions options, java.util.function.Consumer<java.io.Writer> writer) {
        if (options.out() != null) {
            AtomicFiles.write(options.out(), stream -> {
                java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8),
                        1 << 16);
                writer.accept(w);
                try {
                    w.flush();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            return;
        }
        PrintWriter stdout = options.stdout();
        writer.accept(stdout);
        stdout.flush();
    }

    /**
     * {@code rows} as CSV with the column keys as headers and exact plain numbers ({@link CsvStyle#exact}), in
     * --csv-style, else plain: the form {@code import} and {@code score} read ({@code export}, the long results form).
     */
    public static void writeKeyedCsv(OutputOptions options, List<ReportColumn> columns, List<List<Object>> rows) {
        CsvStyle style = options.csvStyleOr(CsvStyle.PLAIN);
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().fieldSeparator(style.separator()).build(text)) {
            csv.writeRecord(columns.stream().map(ReportColumn::key).toList());
            for (List<Object> row : rows) {
                csv.writeRecord(row.stream().map(style::exact).toList());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        write(options, style.bytes(text.toString()));
    }

    /** {@code bytes} to the {@code --out} file (atomically), else to standard output. */
    public static void write(OutputOptions options, byte[] bytes) {
        if (options.out() != null) {
            AtomicFiles.write(options.out(), bytes);
            return;
        }
        PrintWriter stdout = options.stdout();
        stdout.print(new String(bytes, StandardCharsets.UTF_8));
        stdout.flush();
    }

    public byte[] toJson(Object document) {
        try {
            // straight to UTF-8 bytes, then the final newline: no String of the whole document (tens of MB)
            byte[] body = json.get().writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
            byte[] bytes = java.util.Arrays.copyOf(body, body.length + 1);
            bytes[body.length] = '\n';
            return bytes;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
