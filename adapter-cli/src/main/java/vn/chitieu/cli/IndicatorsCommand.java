package vn.chitieu.cli;

import com.google.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.chitieu.application.dossier.ComputeIndicators;
import vn.chitieu.application.dossier.ComputeIndicatorsCommand;
import vn.chitieu.application.dossier.ComputedIndicators;
import vn.chitieu.application.dossier.IndicatorsDocument;
import vn.chitieu.application.dossier.NationalIndexDocument;
import vn.chitieu.application.dossier.NationalIndexScores;
import vn.chitieu.application.dossier.ScoreNationalIndex;
import vn.chitieu.cli.dossier.IndicatorsReport;
import vn.chitieu.cli.dossier.NationalIndexReport;
import vn.chitieu.cli.io.DossierFiles;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.io.UnitsFile;
import vn.chitieu.cli.output.Format;
import vn.chitieu.cli.output.Output;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.period.Period;
import vn.chitieu.report.Report;
import vn.chitieu.unit.UnitTree;

/** {@code indicators}: every indicator of domain.md §9 computed from a file of dossiers, streamed. */
@Command(name = "indicators", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 120,
        description = {
            "Computes every indicator of domain.md §9 from the one-stop system's dossiers, for every unit with a",
            "dossier in its subtree: RECEIVED, RESOLVED (counts), ON_TIME_RATE, PROGRESS_RATE, ONLINE_RATE,",
            "FULL_ONLINE_RATE, DIGITIZATION_RATE, ONLINE_PAYMENT_DOSSIERS, ONLINE_PAYMENT_PROCEDURES,",
            "ONLINE_SERVICE_UPTAKE. A unit's figure covers its subtree: counts summed, rates = ratio of the summed",
            "counts, distinct procedures counted once; a denominator of 0 is not available (null), never 0 %%.",
            "Dossiers with status 1, 3 or 7 count nowhere. The file is streamed: memory grows with units x",
            "procedures, not with dossiers. Every bad record is listed (file, line, column, value), exit 2.",
            "",
            "Dossiers (CSV, .xlsx, or .ndjson/.jsonl of the national sync record HoSoDongBoDVC):",
            "  code,procedure,unit,channel,received,due,finished,status,paidOnline,fee,digitized,eResult",
            "  or MaHoSo,MaTTHC,DonViXuLy,KenhThucHien,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,TrangThaiHoSo,",
            "  DuocThanhToanTrucTuyen,LePhi,HoSoCoThanhPhanSoHoa,CoKetQuaDienTu.",
            "  Times: yyyyMMddHHmmss, yyyy-MM-dd HH:mm:ss, yyyy-MM-ddTHH:mm:ss, dd/MM/yyyy HH:mm:ss, dd/MM/yyyy,",
            "  yyyy-MM-dd, yyyyMMdd (local time; a date alone is 00:00:00, 23:59:59 for due).",
            "Procedures: code,name,level,onlinePayment (level FULL|PARTIAL|NONE, toàn trình, một phần, 4, 3).",
            "",
            "--format csv and --out results.csv (or .xlsx) write the long results form that 'score --results'",
            "and 'import results' read.",
            "",
            "--profile 766-2022 scores the indicators as the criteria of Decision 766/QĐ-TTg (23/6/2022):",
            "points = min(1, value / full-point value) x maximum per criterion; a criterion dossiers cannot",
            "compute (publicity, satisfaction...) is 'not computed', never 0 points, and each unit's total is",
            "given over its computable points (at most 42 of 100), with the band of that share (provisional).",
            "csv and xlsx then hold one row per unit and criterion and a TOTAL row per unit."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  chitieu indicators --units units.csv --procedures procedures.csv --dossiers dossiers.csv --period 2025-06",
            "  chitieu indicators ... --period 2025-06 --format json",
            "  chitieu indicators ... --period 2025-06 --out results.csv && chitieu score --units units.csv --results results.csv --target 90",
            "  chitieu indicators ... --period 2025-06 --profile 766-2022",
            "  chitieu indicators ... --period 2025-06 --profile 766-2022 --format json"})
public final class IndicatorsCommand implements Callable<Integer> {

    @Option(names = "--units", required = true, paramLabel = "FILE", description = "Units file: code,name,kind,parent[,aliases].")
    private Path units;

    @Option(names = "--procedures", required = true, paramLabel = "FILE",
            description = "Procedures: code,name,level,onlinePayment (CSV or .xlsx).")
    private Path procedures;

    @Option(names = "--dossiers", required = true, paramLabel = "FILE", description = "Dossiers: CSV, .xlsx, .ndjson or .jsonl.")
    private Path dossiers;

    @Option(names = "--period", required = true, paramLabel = "P", description = "The period: 2025, 2025-H1, 2025-Q2, 2025-06.")
    private Period period;

    @Option(names = "--unit", paramLabel = "UNIT", description = "Only this unit's subtree (code or name).")
    private String unit;

    @Option(names = "--profile", paramLabel = "ID",
            description = "Score the indicators with a built-in national profile: 766-2022 (Decision 766/QĐ-TTg).")
    private String profile;

    @Mixin
    private OutputOptions out;

    private final UnitsFile unitsFile;
    private final TableFiles tableFiles;
    private final DossierFiles dossierFiles;
    private final IndicatorCatalogue catalogue;
    private final Output output;

    @Inject
    public IndicatorsCommand(UnitsFile unitsFile, TableFiles tableFiles, DossierFiles dossierFiles,
            IndicatorCatalogue catalogue, Output output) {
        this.unitsFile = unitsFile;
        this.tableFiles = tableFiles;
        this.dossierFiles = dossierFiles;
        this.catalogue = catalogue;
        this.output = output;
    }

    @Override
    public Integer call() {
        Format format = out.format();
        UnitTree tree = unitsFile.read(units);
        ComputeIndicatorsCommand command = new ComputeIndicatorsCommand(tree, () -> tableFiles.read(procedures),
                dossierFiles.open(dossiers), period, unit, "--unit");
        if (profile != null) {
            NationalIndexScores scores = new ScoreNationalIndex().score(command, profile, "--profile");
            String lang = out.lang().code();
            if (format == Format.CSV) {
                writeCsv(NationalIndexReport.flat(scores, tree, lang));
                return 0;
            }
            Report report = format == Format.XLSX ? NationalIndexReport.flat(scores, tree, lang)
                    : NationalIndexReport.readable(scores, tree, lang);
            output.emit(out, format, report, NationalIndexDocument.of(scores, tree, lang));
            return 0;
        }
        ComputedIndicators computed = new ComputeIndicators().compute(command);
        if (format == Format.CSV) {
            writeCsv(IndicatorsReport.longForm(computed));
            return 0;
        }
        Report report = format == Format.XLSX ? IndicatorsReport.longForm(computed)
                : IndicatorsReport.readable(computed, tree, catalogue, out.lang().code());
        output.emit(out, format, report, IndicatorsDocument.of(computed));
        return 0;
    }

    /** The long form as CSV with the column keys as headers and plain numbers, as {@code export results} writes it. */
    private void writeCsv(Report report) {
        Output.writeKeyedCsv(out, report.columns(), report.allRows());
    }
}
