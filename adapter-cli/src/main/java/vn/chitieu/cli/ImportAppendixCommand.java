package vn.chitieu.cli;

import com.google.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.chitieu.allocation.AppendixReport;
import vn.chitieu.allocation.AppendixTarget;
import vn.chitieu.application.allocation.ReadAppendix;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.io.UnitsFile;
import vn.chitieu.cli.output.Format;
import vn.chitieu.table.CsvStyle;
import vn.chitieu.cli.output.Output;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.report.Report;
import vn.chitieu.unit.UnitKind;

/**
 * {@code import-appendix FILE [--units F] [--indicator X] [--view appendix|targets]}: reads a
 * decision's appendix as printed (seeds 000, 001, 002) into its targets over every indicator it
 * assigns. The report prints them back as the appendix does ({@code --view appendix}, the default
 * except for CSV), or one target a line in the form of {@code targets.csv} ({@code --view targets},
 * the default for CSV, so that {@code --out targets.csv} writes a file {@code import targets} and
 * {@code score} read). JSON always lists one target a row. With {@code --units} every printed unit
 * name is matched to a unit code; without, names stay as printed (groups of kinds need no registry).
 */
@Command(name = "import-appendix", mixinStandardHelpOptions = true,
        description = {"Reads a decision's appendix, as printed, into its targets over every indicator it assigns:",
            "a table of units (seeds 000, 002: one line a unit, a column a target) or of tasks (seed 001: one indicator",
            "a row, assigned to a unit or to a group such as 'UBND cấp xã', with lead and coordinating unit, unit of",
            "measure and legal basis). Understands tab-separated rows, headers repeated on each page, two-line headers,",
            "section rows, HTML tags and Vietnamese numbers. Problems (an unreadable cell, a missing target, one",
            "outside 0-100 %, a label naming no indicator) exit 2 naming line, column and value; nothing is written."})
public final class ImportAppendixCommand implements Callable<Integer> {

    /** How the targets are laid out in table, csv, md, html and xlsx. */
    public enum View {
        /** As the appendix prints them: one line a unit (every indicator's columns) or a task. */
        APPENDIX,
        /** One target a line: unit,indicator,period,target,reason, then the appendix's context. */
        TARGETS
    }

    @Parameters(index = "0", paramLabel = "FILE", description = "The appendix as text (UTF-8).")
    private Path file;

    @Option(names = "--units", paramLabel = "FILE",
            description = "Units file to match the printed names (units, lead and coordinating units) to unit codes.")
    private Path units;

    @Option(names = "--indicator", paramLabel = "CODE",
            description = "Keep only the targets of this indicator (default: every indicator the appendix assigns).")
    private String indicator;

    @Option(names = "--year", paramLabel = "YEAR", description = "The year of the targets (default: read from the document).")
    private Integer year;

    @Option(names = "--view", paramLabel = "VIEW",
            description = "appendix (as printed) or targets (one target a line, as targets.csv); "
                    + "default: targets for csv, appendix otherwise.")
    private String view;

    @Mixin
    private OutputOptions out;

    @Inject private TableFiles tables;
    @Inject private UnitsFile unitsFile;
    @Inject private Output output;

    @Override
    public Integer call() {
        Format format = out.format();
        IndicatorCode code = null;
        if (indicator != null) {
            try {
                code = IndicatorCode.of(indicator.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw out.usageError("--indicator: " + e.getMessage());
            }
        }
        View v = view(format);
        ReadAppendix.Result result = new ReadAppendix().read(new ReadAppendix.Command(file.toString(),
                tables.readText(file).lines().toList(), units == null ? null : unitsFile.read(units), code, year));
        // the targets view is the file 'decision set-targets' and 'import targets' read: plain unless asked otherwise
        output.emit(out, out.format(), report(result, v), document(result),
                v == View.TARGETS ? out.csvStyleOr(CsvStyle.PLAIN) : out.csvStyle());
        return 0;
    }

    private View view(Format format) {
        if (view == null) {
            return format == Format.CSV ? View.TARGETS : View.APPENDIX;
        }
        try {
            return View.valueOf(view.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw out.usageError("--view: '" + view + "' is neither appendix nor targets");
        }
    }

    /** The targets as the appendix prints them, or one a line as {@code targets.csv} (headers: the contract's column names). */
    public static Report report(ReadAppendix.Result result, View view) {
        return view == View.TARGETS ? AppendixReport.targets(result.targets(), result.period())
                : AppendixReport.printed(result.columns(), result.targets(), result.period(), result.ofTasks());
    }

    static Document document(ReadAppendix.Result result) {
        return new Document(result.period(), result.targets().stream().map(t -> Row.of(t, result.period())).toList());
    }

    /** {@code {"period","rows":[…]}}: one target a row. */
    public record Document(String period, List<Row> rows) {
    }

    /**
     * A target: for a {@code unit} (its code, or the printed name without {@code --units}) or for
     * {@code kinds} of unit (the other one null); {@code name} is the printed assignee; the lead and
     * coordinating units are codes when the registry knows them, else as printed.
     */
    public record Row(String unit, List<String> kinds, String name, String indicator, String period, BigDecimal target,
            String reason, String unitOfMeasure, String leadUnit, String coordinatingUnit, String legalBasis,
            Integer procedures, BigDecimal baseline, String section, String item, String task, int line) {

        static Row of(AppendixTarget t, String period) {
            return new Row(t.unit(), t.forKinds() ? t.kinds().stream().map(UnitKind::name).toList() : null, t.name(),
                    t.indicator().value(), period, t.target(), null, t.unitOfMeasure(), t.leadUnit(),
                    t.coordinatingUnit(), t.legalBasis(), t.procedures(), t.baseline(), t.heading(), t.item(), t.task(),
                    t.line());
        }
    }
}
