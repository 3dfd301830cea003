package vn.chitieu.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.chitieu.application.history.ReadTrend;
import vn.chitieu.application.history.Trend;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.io.UnitsFile;
import vn.chitieu.cli.output.Output;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.persistence.CommandStorage;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.report.ReportSection;
import vn.chitieu.report.ReportValue;
import vn.chitieu.table.Table;
import vn.chitieu.unit.UnitTree;

/** {@code trend}: one unit's results period after period, per indicator, from files or from storage. */
@Command(name = "trend", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 120,
        description = {
            "Lists a unit's results over the periods on record, per indicator: counts, value and the change in points",
            "from the previous period of the same length (Q2 against Q1). From results files (--units and --results,",
            "several files read together) or from a store (--data-dir DIR / --db-url URL)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  chitieu trend --units units.csv --results q1.csv q2.csv q3.csv q4.csv --unit \"UBND huyện Krông Pắc\"",
            "  chitieu trend --unit krong-pac --indicator ON_TIME_RATE --data-dir ./chitieu-data --format json"})
public final class TrendCommand implements Callable<Integer> {

    @Option(names = "--unit", required = true, paramLabel = "UNIT", description = "The unit: its code or its name.")
    private String unit;

    @Option(names = "--indicator", paramLabel = "CODE", description = "Only this indicator (default: every one on record).")
    private String indicator;

    @Option(names = "--units", paramLabel = "FILE", description = "Units file: code,name,kind,parent[,aliases].")
    private Path units;

    @Option(names = "--results", paramLabel = "FILE", arity = "1..*",
            description = "Results files, long or wide on-time form (CSV or .xlsx), with a period column.")
    private List<Path> results = new ArrayList<>();

    @Mixin
    private StorageOptions storage;

    @Mixin
    private OutputOptions out;

    @Inject private UnitsFile unitsFile;
    @Inject private TableFiles tableFiles;
    @Inject private IndicatorCatalogue catalogue;
    @Inject private Output output;
    @Inject private CommandStorage commandStorage;
    @Inject private Provider<ReadTrend> stored;

    @Override
    public Integer call() {
        out.format();
        IndicatorCode only = indicator == null ? null : catalogue.find(indicator).map(Indicator::code)
                .orElseThrow(() -> out.usageError("--indicator: unknown indicator '" + indicator + "'"));
        Trend trend;
        if (storage.given()) {
            if (units != null || !results.isEmpty()) {
                throw out.usageError("--units, --results: read a trend either from files or from a store, not both");
            }
            try (CommandStorage opened = commandStorage.open(storage.settings())) {
                trend = stored.get().read(new vn.chitieu.application.history.TrendCommand(null, catalogue, null, unit, only));
            }
        } else {
            if (units == null || results.isEmpty()) {
                throw out.usageError("give --units FILE and --results FILE…, or a store (--data-dir DIR / --db-url URL)");
            }
            UnitTree tree = unitsFile.read(units);
            List<Supplier<Table>> files = results.stream().<Supplier<Table>>map(f -> () -> tableFiles.read(f)).toList();
            trend = new ReadTrend().read(new vn.chitieu.application.history.TrendCommand(tree, catalogue, files, unit, only));
        }
        output.emit(out, report(trend), document(trend));
        return 0;
    }

    private Report report(Trend trend) {
        List<ReportColumn> columns = List.of(
                new ReportColumn("period", "Kỳ", "Period", ColumnType.TEXT),
                new ReportColumn("numerator", "Tử số", "Numerator", ColumnType.COUNT),
                new ReportColumn("denominator", "Mẫu số", "Denominator", ColumnType.COUNT),
                new ReportColumn("value", "Kết quả (%)", "Value (%)", ColumnType.PERCENT),
                new ReportColumn("change", "Thay đổi so với kỳ trước (điểm %)", "Change from the previous period (points)",
                        ColumnType.DECIMAL));
        List<ReportSection> sections = new ArrayList<>();
        for (Trend.Series s : trend.series()) {
            List<List<Object>> rows = s.points().stream().map(p -> java.util.Arrays.<Object>asList(p.period(),
                    p.numerator(), p.denominator(), p.value() == null ? ReportValue.NOT_AVAILABLE : p.value(),
                    p.change())).toList();
            String vi = catalogue.find(s.indicator()).map(Indicator::nameVi).orElse(s.indicator().value());
            String en = catalogue.find(s.indicator()).map(Indicator::nameEn).orElse(s.indicator().value());
            sections.add(new ReportSection(vi, en, rows));
        }
        List<String> notes = trend.series().isEmpty()
                ? List.of(out.lang().code().equals("en") ? "no results on record" : "không có số liệu") : List.of();
        return new Report("Diễn biến kết quả: " + trend.unit().name(), "Trend: " + trend.unit().name(), columns,
                sections, null, notes);
    }

    /** The JSON document of {@code trend}: {@code {"unit","name","series":[{"indicator","periods":[…]}]}}. */
    record TrendDocument(String unit, String name, List<SeriesDocument> series) {
    }

    /** One indicator's periods on record. */
    record SeriesDocument(String indicator, List<PointDocument> periods) {
    }

    /** One period: counts, value and change in points, null when not available. */
    record PointDocument(String period, Long numerator, Long denominator, BigDecimal value, BigDecimal change) {
    }

    private static TrendDocument document(Trend trend) {
        return new TrendDocument(trend.unit().code().value(), trend.unit().name(), trend.series().stream()
                .map(s -> new SeriesDocument(s.indicator().value(), s.points().stream().map(p -> new PointDocument(
                        p.period().toString(), p.numerator(), p.denominator(), p.value(), p.change())).toList()))
                .toList());
    }
}
