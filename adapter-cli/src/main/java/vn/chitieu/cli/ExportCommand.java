package vn.chitieu.cli;

import com.google.inject.Inject;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.chitieu.cli.output.AtomicFiles;
import vn.chitieu.cli.output.Format;
import vn.chitieu.cli.output.Output;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.persistence.StorageOpener;
import vn.chitieu.persistence.embedded.Database;
import vn.chitieu.persistence.jdbi.JdbiStorage;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.report.ReportSection;
import vn.chitieu.result.Result;
import vn.chitieu.text.FormulaGuard;
import vn.chitieu.unit.Unit;

/**
 * {@code export units|targets|results}: writes what storage holds, as CSV in the form the import
 * reads (the default), or in any output format ({@code --format}, or the {@code --out} file's
 * extension). Text a spreadsheet would run as a formula is neutralised in CSV ({@link FormulaGuard});
 * xlsx cells hold it as a string, never a formula.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 120,
        description = {
            "Writes what storage holds, as CSV in the form 'import' reads (or --format table, json, md, xlsx, html).",
            "units: code,name,kind,parent,aliases",
            "results: unit,indicator,period,numerator,denominator,rate,procedures",
            "targets: unit,indicator,period,target,reason, then the decision (number or id) and its status"})
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "KIND", description = "units, targets or results")
    private StoredKind kind;

    @Mixin
    private StorageOptions storage;

    @Mixin
    private OutputOptions out;

    private final StorageOpener opener;
    private final Output output;

    @Inject
    public ExportCommand(StorageOpener opener, Output output) {
        this.opener = opener;
        this.output = output;
    }

    @Override
    public Integer call() {
        Format format = out.formatOr(Format.CSV);
        if (format == Format.XLSX && out.out() == null) {
            throw out.usageError("xlsx is a binary format: give --out FILE.xlsx");
        }
        Rows rows;
        try (Database db = opener.open(storage.settings())) {
            rows = rows(db.storage());
        }
        if (format != Format.CSV) {
            output.emit(out, format, rows.report(kind), rows.document(kind));
            return 0;
        }
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            csv.writeRecord(rows.columns().stream().map(Column::name).toList());
            for (List<Object> row : rows.values()) {
                csv.writeRecord(row.stream().map(ExportCommand::csvCell).toList());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (out.out() != null) {
            AtomicFiles.write(out.out(), text.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            out.stdout().print(text);
            out.stdout().flush();
        }
        return 0;
    }

    /** One column of an export: its name in the import's header, and how its values print. */
    record Column(String name, ColumnType type) {
    }

    /** What storage holds of one kind, one list of values per row (null when empty). */
    record Rows(List<Column> columns, List<List<Object>> values) {

        Report report(StoredKind kind) {
            List<ReportColumn> cols = columns.stream().map(c -> new ReportColumn(c.name(), c.name(), c.name(), c.type()))
                    .toList();
            String title = kind.name().toLowerCase(Locale.ROOT);
            return new Report(title, title, cols, List.of(new ReportSection(null, null, values)), null, List.of());
        }

        /** {@code {"kind","rows":[{column: value, …}]}}: numbers as numbers, an empty cell as null. */
        Map<String, Object> document(StoredKind kind) {
            List<Map<String, Object>> list = new ArrayList<>(values.size());
            for (List<Object> row : values) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    m.put(columns.get(i).name(), row.get(i));
                }
                list.add(m);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("kind", kind.name().toLowerCase(Locale.ROOT));
            doc.put("rows", list);
            return doc;
        }
    }

    private Rows rows(JdbiStorage s) {
        List<List<Object>> rows = new ArrayList<>();
        switch (kind) {
            case UNITS -> {
                for (Unit u : s.units().tree().units()) {
                    rows.add(Arrays.asList(u.code().value(), u.name(), u.kind().name(),
                            u.parent() == null ? null : u.parent().value(), String.join("|", u.aliases())));
                }
                return new Rows(columns("code", "name", "kind", "parent", "aliases"), rows);
            }
            case RESULTS -> {
                for (Result r : s.results().all()) {
                    rows.add(Arrays.asList(r.unit().value(), r.indicator().value(), r.period().toString(), r.numerator(),
                            r.denominator(), plain(r.rate()), r.procedures() == null ? null : r.procedures().longValue()));
                }
                return new Rows(List.of(text("unit"), text("indicator"), text("period"),
                        new Column("numerator", ColumnType.COUNT), new Column("denominator", ColumnType.COUNT),
                        new Column("rate", ColumnType.DECIMAL), new Column("procedures", ColumnType.COUNT)), rows);
            }
            case TARGETS -> {
                for (Decision d : s.decisions().all()) {
                    for (Assignment a : d.assignments()) {
                        rows.add(Arrays.asList(a.unit().value(), a.indicator().value(), a.period().toString(),
                                plain(a.target()), a.reason(), d.number().orElse(d.id().toString()), d.status().name()));
                    }
                }
                return new Rows(List.of(text("unit"), text("indicator"), text("period"),
                        new Column("target", ColumnType.DECIMAL), text("reason"), text("decision"), text("status")), rows);
            }
            default -> throw new IllegalStateException("no export of " + kind);
        }
    }

    private static Column text(String name) {
        return new Column(name, ColumnType.TEXT);
    }

    private static List<Column> columns(String... names) {
        return Arrays.stream(names).map(ExportCommand::text).toList();
    }

    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** A CSV cell as the import reads it: numbers plain, text guarded against formula injection. */
    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString();
        }
        return value instanceof Number ? value.toString() : FormulaGuard.neutralise(value.toString());
    }
}
