package vn.chitieu.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.chitieu.application.dossier.DossierImports;
import vn.chitieu.application.dossier.ImportDossiersCommand;
import vn.chitieu.application.dossier.ImportProceduresCommand;
import vn.chitieu.application.imports.ImportResultsCommand;
import vn.chitieu.application.imports.ImportService;
import vn.chitieu.application.imports.ImportTargetsCommand;
import vn.chitieu.application.imports.ImportUnitsCommand;
import vn.chitieu.application.lineage.ImportLineage;
import vn.chitieu.application.lineage.ImportLineageCommand;
import vn.chitieu.application.minimum.ImportMinimums;
import vn.chitieu.application.minimum.ImportMinimumsCommand;
import vn.chitieu.cli.io.DossierFiles;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.output.Output;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.period.Period;
import vn.chitieu.persistence.CommandStorage;
import vn.chitieu.port.out.ImportOptions;
import vn.chitieu.port.out.ImportProgress;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.table.Table;
import vn.chitieu.unit.UnitCode;

/** {@code import units|targets|results FILE}: loads a file into storage, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 120,
        description = {
            "Loads a units, targets or results file into storage in one transaction: all or nothing.",
            "Prints how many rows were inserted, updated and unchanged; a re-import of the same file changes nothing.",
            "Every bad row is listed with its line (exit 2) and nothing is stored. --dry-run stores nothing.",
            "Results: the long form (unit,indicator,period,numerator,denominator or rate) or the wide on-time export",
            "(seed 003), read as 'score' reads them. Targets go to a draft decision of their year (see --issuer).",
            "Procedures: code,name,level,onlinePayment. Dossiers (CSV, .xlsx, .ndjson/.jsonl, as 'indicators' reads them):",
            "checked against the stored registry and procedures; a stored dossier with the same code is updated (a later",
            "synchronisation: status, finished, payment…), and the counts behind GET /api/v1/indicators move with it.",
            "Units in targets and results files may be codes or names (resolved against the stored registry).",
            "Minimums: source,indicator,kind,minimum (e.g. 876/QĐ-BNV,DIGITIZATION_RATE,COMMUNE,15); a decision with a",
            "target below one is refused when issued. A stored minimum the file does not name stays.",
            "Lineage: from,to,share,date (share default 1): from the date, unit 'from' continues as 'to'; the shares of a",
            "unit on a date sum to 1; checked against the stored units' validFrom/validTo; a unit's links replace its stored ones."})
public final class ImportCommand implements Callable<Integer> {

    /** Files at least this long get a progress bar on stderr. */
    static final int PROGRESS_FROM_ROWS = 10_000;

    @Parameters(index = "0", paramLabel = "KIND", description = "units, targets, results, minimums, lineage, procedures or dossiers")
    private StoredKind kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file (CSV or .xlsx) in the form of contracts.md.")
    private Path file;

    @Option(names = "--dry-run", description = "Report what the import would do; store nothing.")
    private boolean dryRun;

    @Option(names = "--issuer", paramLabel = "CODE",
            description = "targets: the unit issuing the draft decision (default: the registry's only root unit).")
    private String issuer;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "results: the period of rows without one (a wide on-time export has no period column).")
    private Period period;

    @Option(names = "--actor", paramLabel = "NAME", description = "Who imports, for the audit log (default: the OS user).")
    private String actor;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the audit log.")
    private String reason;

    @Mixin
    private StorageOptions storage;

    @Mixin
    private OutputOptions out;

    @Inject private TableFiles files;
    @Inject private CommandStorage commandStorage;
    @Inject private Provider<ImportService> imports;
    @Inject private Provider<ImportMinimums> minimums;
    @Inject private Provider<ImportLineage> lineage;
    @Inject private Provider<DossierImports> dossierImports;
    @Inject private DossierFiles dossierFiles;
    @Inject private Output output;

    @Override
    public Integer call() {
        out.format();
        var settings = storage.settings();
        String name = file.getFileName().toString();
        ImportSummary summary;
        if (kind == StoredKind.DOSSIERS) {
            // streamed, never held: the file's own progress bar (by bytes, on stderr) shows how far it has got
            var source = dossierFiles.open(file);
            try (CommandStorage opened = commandStorage.open(settings)) {
                summary = dossierImports.get().importDossiers(new ImportDossiersCommand(source, null, options(ImportProgress.none())));
            }
            return emit(name, summary);
        }
        Table table = files.read(file);
        try (CommandStorage opened = commandStorage.open(settings); ProgressBar bar = progressBar(table.rows().size())) {
            ImportOptions options = options(bar == null ? ImportProgress.none() : bar::stepTo);
            ImportService service = imports.get();
            summary = switch (kind) {
                case UNITS -> service.importUnits(new ImportUnitsCommand(name, table, options));
                case RESULTS -> service.importResults(new ImportResultsCommand(name, table, period, null, options));
                case TARGETS -> service.importTargets(new ImportTargetsCommand(name, table,
                        issuer == null ? null : UnitCode.of(issuer), options));
                case MINIMUMS -> minimums.get().importMinimums(new ImportMinimumsCommand(name, table, options));
                case LINEAGE -> lineage.get().importLineage(new ImportLineageCommand(name, table, options));
                case PROCEDURES -> dossierImports.get().importProcedures(new ImportProceduresCommand(name, table, null,
                        options));
                case DOSSIERS -> throw new IllegalStateException("dossiers are streamed above");
            };
        }
        return emit(name, summary);
    }

    private ImportOptions options(ImportProgress progress) {
        return new ImportOptions(ApprovalOutput.actor(actor), reason, dryRun, progress);
    }

    private Integer emit(String name, ImportSummary summary) {
        Imported document = Imported.of(kind, name, summary);
        if (!summary.isRefused() || out.out() == null) {
            output.emit(out, report(document), document);
        }
        if (summary.isRefused()) {
            throw new InvalidInputException(summary.errors());
        }
        return 0;
    }

    private ProgressBar progressBar(int rows) {
        if (rows < PROGRESS_FROM_ROWS) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("import " + kind.name().toLowerCase(java.util.Locale.ROOT))
                .setInitialMax(rows).setUnit(" rows", 1).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }

    private static Report report(Imported d) {
        List<ReportColumn> columns = List.of(
                new ReportColumn("what", "Mục", "What", ColumnType.TEXT),
                new ReportColumn("count", "Số dòng", "Rows", ColumnType.COUNT));
        List<List<Object>> rows = List.of(List.of(vn.chitieu.common.Message.of("import.inserted"), d.inserted()),
                List.of(vn.chitieu.common.Message.of("import.updated"), d.updated()),
                List.of(vn.chitieu.common.Message.of("import.unchanged"), d.unchanged()),
                List.of(vn.chitieu.common.Message.of("import.errors"), d.errors().size()));
        String dry = d.dryRun() ? " (chạy thử, không ghi)" : "";
        String dryEn = d.dryRun() ? " (dry run, nothing stored)" : "";
        String kindVi = vn.chitieu.common.Texts.text("import.kind." + d.kind(), vn.chitieu.common.Texts.VI);
        return Report.simple("Nhập " + kindVi + " từ " + d.file() + dry, "Import of " + d.kind() + " from " + d.file() + dryEn,
                columns, rows);
    }

    /** The JSON document of {@code import}. */
    public record Imported(String kind, String file, boolean dryRun, long inserted, long updated, long unchanged,
            List<InputProblem> errors) {

        static Imported of(StoredKind kind, String file, ImportSummary s) {
            return new Imported(kind.name().toLowerCase(java.util.Locale.ROOT), file, s.dryRun(), s.inserted(), s.updated(),
                    s.unchanged(), s.errors());
        }
    }
}
