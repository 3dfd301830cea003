package vn.chitieu.cli;

import com.google.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.chitieu.application.allocation.ReadAppendix;
import vn.chitieu.application.allocation.ReadAppendix.Row;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.io.UnitsFile;
import vn.chitieu.cli.output.Output;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.report.ReportSection;

/**
 * {@code import-appendix FILE [--units F]}: reads a decision's appendix as printed (seeds 000 and
 * 002) into targets, in the form of {@code targets.csv} plus the number of procedures. With
 * {@code --units} every printed name is matched to a unit code; without, names stay as printed.
 */
@Command(name = "import-appendix", mixinStandardHelpOptions = true,
        description = {"Reads a decision's appendix, as printed, into targets (unit,indicator,period,target,reason,procedures).",
            "Understands tab-separated rows, headers repeated on each page, section rows and Vietnamese numbers.",
            "A row or cell that cannot be read without guessing exits 2 naming its line."})
public final class ImportAppendixCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The appendix as text (UTF-8).")
    private Path file;

    @Option(names = "--units", paramLabel = "FILE", description = "Units file to match the printed names to unit codes.")
    private Path units;

    @Option(names = "--indicator", paramLabel = "CODE", defaultValue = "ONLINE_RATE",
            description = "The indicator the targets are for (default: ${DEFAULT-VALUE}).")
    private String indicator;

    @Option(names = "--year", paramLabel = "YEAR", description = "The year of the targets (default: read from the document).")
    private Integer year;

    @Mixin
    private OutputOptions out;

    private final TableFiles tables;
    private final UnitsFile unitsFile;
    private final Output output;

    @Inject
    public ImportAppendixCommand(TableFiles tables, UnitsFile unitsFile, Output output) {
        this.tables = tables;
        this.unitsFile = unitsFile;
        this.output = output;
    }

    @Override
    public Integer call() {
        out.format();
        IndicatorCode code;
        try {
            code = IndicatorCode.of(indicator.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw out.usageError("--indicator: " + e.getMessage());
        }
        List<Row> rows = new ReadAppendix().read(new ReadAppendix.Command(file.toString(),
                tables.readText(file).lines().toList(), units == null ? null : unitsFile.read(units), code, year));
        output.emit(out, report(rows), new Document(rows));
        return 0;
    }

    /** The targets as a table whose CSV is a {@code targets.csv} (headers are the contract's column names). */
    public static Report report(List<Row> rows) {
        List<ReportColumn> columns = List.of(
                new ReportColumn("unit", "unit", "unit", ColumnType.TEXT),
                new ReportColumn("indicator", "indicator", "indicator", ColumnType.TEXT),
                new ReportColumn("period", "period", "period", ColumnType.TEXT),
                new ReportColumn("target", "target", "target", ColumnType.PERCENT),
                new ReportColumn("reason", "reason", "reason", ColumnType.TEXT),
                new ReportColumn("procedures", "procedures", "procedures", ColumnType.COUNT),
                new ReportColumn("name", "name", "name", ColumnType.TEXT));
        List<List<Object>> cells = new ArrayList<>();
        for (Row r : rows) {
            cells.add(Arrays.asList(r.unit(), r.indicator(), r.period(), r.target(), r.reason(),
                    r.procedures() == null ? null : (long) r.procedures(), r.name()));
        }
        return new Report("Chỉ tiêu đọc từ phụ lục (" + rows.size() + " đơn vị)",
                "Targets read from the appendix (" + rows.size() + " units)", columns,
                List.of(new ReportSection(null, null, cells)), null, List.of());
    }

    /** {@code {"rows":[…]}}. */
    public record Document(List<Row> rows) {
    }
}
