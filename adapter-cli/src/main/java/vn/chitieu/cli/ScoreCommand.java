package vn.chitieu.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.chitieu.application.dossier.ComputeIndicatorsCommand;
import vn.chitieu.application.dossier.ScoreDossiers;
import vn.chitieu.application.scoring.ScoreFiles;
import vn.chitieu.application.scoring.ScoreFilesCommand;
import vn.chitieu.application.scoring.ScorePeriod;
import vn.chitieu.application.scoring.ScoreStoredCommand;
import vn.chitieu.application.scoring.ScoredPeriod;
import vn.chitieu.cli.io.DossierFiles;
import vn.chitieu.cli.io.ProfileFile;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.io.UnitsFile;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.Output;
import vn.chitieu.cli.score.ScoreDocument;
import vn.chitieu.cli.score.ScoreboardReport;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.indicator.Measure;
import vn.chitieu.period.Period;
import vn.chitieu.persistence.CommandStorage;
import vn.chitieu.report.Report;
import vn.chitieu.scoring.DeclaredTotal;
import vn.chitieu.scoring.Scoreboard;
import vn.chitieu.scoring.ScoringProfile;
import vn.chitieu.scoring.SelectionRule;
import vn.chitieu.table.Table;
import vn.chitieu.text.NumberReader;
import vn.chitieu.text.UnreadableNumberException;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/** {@code score}: actual results against targets, with the checks officials need (domain.md §6). */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 120,
        description = {
            "Scores actual results against targets: value (exact), met, gap in points, dossiers still needed",
            "(max(0, ⌈target × denominator / 100⌉ − numerator)), competition rank within the unit kind (1, 2, 2, 4;",
            "not-available values unranked), flags NO_DATA, INCONSISTENT_COUNTS, NUMERATOR_EXCEEDS_DENOMINATOR,",
            "STATED_RATE_DIFFERS (printed rate off by more than 0.05 points), CARRY_OVER (resolved > received), NO_TARGET,",
            "NO_RESULT (a target without a result row);",
            "totals per unit kind and overall; and warnings where --declared totals differ from the sums.",
            "",
            "Results file, long form: unit,indicator,period,numerator,denominator (or rate).",
            "Wide on-time form (seed 003, Phụ lục 2): unit,period,received,resolved,onTime,late[,onTimeRate,lateRate],",
            "or with the Vietnamese header on one row:",
            "  Tên cơ quan;Số lượng tiếp nhận;Đã giải quyết;Đúng hạn SL;Đúng hạn TL (%%);Trễ hạn SL;Trễ hạn TL (%%)",
            "  or the two-row header as printed (ĐÚNG HẠN / TRỄ HẠN over SL | TL (%%)), repeated page headers and",
            "  section rows included; it yields ON_TIME_RATE = onTime / (onTime + late). A file without a period",
            "  column needs --period.",
            "Units are named by code or by name as printed; every unknown or ambiguous name is reported at once.",
            "",
            "Stored data: with --data-dir DIR or --db-url URL (instead of --units, --targets and --results files),",
            "scores what 'import' stored, as GET /api/v1/scoreboard does: the units of the registry, the results of",
            "--indicator in --period (both required), against the targets of the issued (or amended) decisions in force;",
            "targets imported into a draft decision do not count until it is issued. --target N fills in for every",
            "result without a target in force (e.g. --target 95 for seed 003).",
            "",
            "Rules for --commend / --criticise: conditions joined by ',' must all hold; alternatives are",
            "separated by '|' (or by repeating the option). Conditions: met, notMet, na (value not available),",
            "top=N (rank ≤ N in the kind), bottom=N (among the N lowest), below=X (value < X %%), atLeast=X,",
            "flag=CODE, kind=KIND (e.g. DISTRICT), dossiersBelow=N (fewer than N dossiers: received in the on-time form,",
            "else the denominator), mostDossiers=N (among the N of its kind with the most dossiers).",
            "Examples: --commend \"met,top=5\"   --criticise \"na|below=50\"",
            "  seed 003's letter: --commend \"met,mostDossiers=3\" --criticise \"below=1|kind=DISTRICT,dossiersBelow=100\"",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  chitieu score --units units.csv --targets targets.csv --results results.csv \\",
            "      --declared received=38122 --declared resolved=36940 --commend met,top=5 --criticise \"na|below=70\"",
            "  chitieu score --units units.csv --results q1.xlsx --period 2018-Q1 --target 95 --out scoreboard.xlsx",
            "  chitieu score ... --profile profile-766.yaml --view points --lang en",
            "  chitieu score --units units.csv --dossiers dossiers.csv --procedures procedures.csv --period 2025-06 --target 90",
            "  chitieu score --data-dir ./chitieu-data --indicator ON_TIME_RATE --period 2018-Q1 --target 95 --format json"})
public final class ScoreCommand implements Callable<Integer> {

    /** Which report the human-readable formats show. */
    public enum View {
        SCOREBOARD, POINTS
    }

    @Option(names = "--units", paramLabel = "FILE",
            description = "Units file: code,name,kind,parent[,aliases] (CSV or .xlsx); required unless a store is given.")
    private Path units;

    @Option(names = "--targets", paramLabel = "FILE", description = "Targets: unit,indicator,period,target[,reason]; "
            + "indicator and period may be left out when the results have one indicator and --period is given.")
    private Path targets;

    @Option(names = "--results", paramLabel = "FILE", arity = "1..*",
            description = "Actual results, long or wide on-time form (CSV or .xlsx); several files (one a quarter, say) "
                    + "are read together; required unless a store is given.")
    private List<Path> results = new ArrayList<>();

    @Option(names = "--dossiers", paramLabel = "FILE", description = "Score straight from dossiers (CSV, .xlsx, "
            + ".ndjson) instead of --results: the indicators of 'chitieu indicators' (needs --procedures and --period).")
    private Path dossiers;

    @Option(names = "--procedures", paramLabel = "FILE", description = "Procedures of --dossiers: code,name,level,onlinePayment.")
    private Path procedures;

    @Option(names = "--period", paramLabel = "P",
            description = "Score only this period (2018-Q1, 2022, 2022-H1, 2022-06); also the period of files without a "
                    + "period column. A year or half without results of its own is scored from its quarters and months "
                    + "on record: each value the ratio of the summed counts (year to date when the year is not over).")
    private Period period;

    @Option(names = "--indicator", paramLabel = "CODE", split = ",",
            description = "Score only this indicator (e.g. ON_TIME_RATE); several (A,B) print side by side, one "
                    + "scoreboard each in json.")
    private List<String> indicator = new ArrayList<>();

    @Option(names = "--target", paramLabel = "PERCENT",
            description = "A uniform target for every result that --targets does not give one (e.g. 95).")
    private String uniformTarget;

    @Option(names = "--declared", paramLabel = "KEY=N", split = ",",
            description = "A total stated in the source document, to reconcile with the sum of the rows; "
                    + "KEY is one of received, resolved, onTime, late, numerator, denominator, rows (repeatable).")
    private List<String> declared = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "FILE",
            description = "Scoring profile (YAML): points per indicator, groups, bands (see samples/profile-766.yaml).")
    private Path profile;

    @Option(names = "--commend", paramLabel = "RULE", description = "Rule selecting the rows to commend (biểu dương).")
    private List<String> commend = new ArrayList<>();

    @Option(names = {"--criticise", "--criticize"}, paramLabel = "RULE",
            description = "Rule selecting the rows to criticise (phê bình).")
    private List<String> criticise = new ArrayList<>();

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "scoreboard",
            description = "scoreboard or points (needs --profile): the report shown by table, csv, md, html and xlsx; "
                    + "json always holds everything (default: ${DEFAULT-VALUE}).")
    private View view = View.SCOREBOARD;

    @Mixin
    private StorageOptions storage;

    @Mixin
    private OutputOptions out;

    private final UnitsFile unitsFile;
    private final DossierFiles dossierFiles = new DossierFiles();
    private final TableFiles tableFiles;
    private final ProfileFile profileFile;
    private final IndicatorCatalogue builtIn;
    private final Output output;
    private final Provider<CommandStorage> commandStorage; // asked for by a score of stored data only
    private final Provider<ScorePeriod> stored;
    private final ScoreFiles scoring = new ScoreFiles();

    @Inject
    public ScoreCommand(UnitsFile unitsFile, TableFiles tableFiles, ProfileFile profileFile, IndicatorCatalogue builtIn,
            Output output, Provider<CommandStorage> commandStorage, Provider<ScorePeriod> stored) {
        this.commandStorage = commandStorage;
        this.stored = stored;
        this.unitsFile = unitsFile;
        this.tableFiles = tableFiles;
        this.profileFile = profileFile;
        this.builtIn = builtIn;
        this.output = output;
    }

    @Override
    public Integer call() {
        out.format();
        List<DeclaredTotal> declaredTotals = parseDeclared();
        SelectionRule commendRule = rule(commend, "--commend");
        SelectionRule criticiseRule = rule(criticise, "--criticise");
        BigDecimal uniform = parseUniformTarget();
        if (view == View.POINTS && profile == null) {
            throw out.usageError("--view points needs --profile FILE");
        }
        boolean fromStore = storage.given();
        if (fromStore) {
            List<String> files = Stream.of(units == null ? null : "--units", targets == null ? null : "--targets",
                    results.isEmpty() ? null : "--results").filter(Objects::nonNull).toList();
            if (!files.isEmpty()) {
                throw out.usageError(String.join(", ", files) + ": score either files (--units, --results, --targets) "
                        + "or stored data (--data-dir / --db-url), not both");
            }
            if (indicator.isEmpty() || period == null) {
                throw out.usageError("scoring stored data needs --indicator CODE and --period P");
            }
        } else if (dossiers != null || procedures != null) {
            if (!results.isEmpty() || dossiers == null || procedures == null || units == null || period == null) {
                throw out.usageError("scoring from dossiers needs --units, --dossiers, --procedures and --period, "
                        + "and no --results");
            }
        } else if (units == null || results.isEmpty()) {
            throw out.usageError("give --units FILE and --results FILE, or a store (--data-dir DIR / --db-url URL)");
        }

        UnitTree tree = fromStore ? null : unitsFile.read(units);
        ProfileFile.Loaded loaded = profile == null ? null : profileFile.read(profile);
        ScoringProfile scoringProfile = loaded == null ? null : loaded.profile();
        IndicatorCatalogue catalogue = catalogue(loaded);
        List<IndicatorCode> indicators = parseIndicators(catalogue);
        ScoreFilesCommand.UniformTarget uniformOption = uniform == null ? null
                : new ScoreFilesCommand.UniformTarget("--target", uniformTarget, uniform);
        if (indicators.size() > 1) {
            return sideBySide(indicators, tree, catalogue, scoringProfile, declaredTotals, commendRule, criticiseRule,
                    uniformOption);
        }
        IndicatorCode only = indicators.isEmpty() ? null : indicators.get(0);
        ScoredPeriod scored;
        if (fromStore) {
            var settings = storage.settings();
            try (CommandStorage opened = commandStorage.get().open(settings)) {
                scored = stored.get().scored(new ScoreStoredCommand(null, only, period, declaredTotals, uniformOption,
                        commendRule, criticiseRule, scoringProfile));
            }
        } else {
            Function<Supplier<Table>, ScoreFilesCommand> command = actuals -> new ScoreFilesCommand(tree, catalogue,
                    actuals, targets == null ? null : () -> tableFiles.read(targets), period, only, uniformOption,
                    declaredTotals, commendRule, criticiseRule, scoringProfile);
            scored = dossiers == null ? scoring.score(withMoreResults(command.apply(() -> tableFiles.stream(results.get(0)))))
                    : new ScoreDossiers().score(new ComputeIndicatorsCommand(tree, () -> tableFiles.read(procedures),
                            dossierFiles.open(dossiers), period, null, null), command);
        }

        Scoreboard board = scored.board();
        boolean json = out.format() == vn.chitieu.cli.output.Format.JSON; // only what is written is built: a million rows
        ScoreDocument document = !json ? null : ScoreDocument.of(board, scored.commended(), scored.criticised(),
                scored.points(), scored::approval, out.lang());
        Report report = json ? null : view == View.POINTS
                ? ScoreboardReport.points(scoringProfile, scored.points(), out.lang())
                : ScoreboardReport.scoreboard(board, catalogue, new ScoreboardReport.Extras(scored.commended(),
                        scored.criticised(), commendRule == null ? null : commendRule.text(),
                        criticiseRule == null ? null : criticiseRule.text(),
                        scoringProfile, scored.points(),
                        scored.knowsApprovals() ? s -> scored.approval(s).map(l -> (out.lang() == Lang.EN ? "yes (" : "có (")
                                + l.unit() + " " + l.period() + ")").orElse(null) : null), out.lang());
        output.emit(out, report, document);
        return 0;
    }

    /** The built-in catalogue plus the indicators a profile declares that it lacks. */
    private IndicatorCatalogue catalogue(ProfileFile.Loaded loaded) {
        IndicatorCatalogue catalogue = builtIn;
        if (loaded == null) {
            return catalogue;
        }
        for (ProfileFile.IndicatorYaml i : loaded.document().indicators()) {
            IndicatorCode code = IndicatorCode.of(i.indicator());
            if (catalogue.find(code).isEmpty()) {
                catalogue = catalogue.with(new Indicator(code, Measure.RATIO, i.vi() == null ? code.value() : i.vi(),
                        i.en(), null, null, true, null, Set.of(UnitKind.values())));
            }
        }
        return catalogue;
    }

    private List<IndicatorCode> parseIndicators(IndicatorCatalogue catalogue) {
        return indicator.stream().map(text -> catalogue.find(text.strip()).map(Indicator::code)
                .orElseThrow(() -> out.usageError("--indicator: unknown indicator '" + text + "'; known: "
                        + String.join(", ", catalogue.all().stream().map(i -> i.code().value()).toList()))))
                .distinct().toList();
    }

    /** The command with the results files after the first. */
    private ScoreFilesCommand withMoreResults(ScoreFilesCommand c) {
        List<Supplier<Table>> more = results.stream().skip(1).<Supplier<Table>>map(f -> () -> tableFiles.read(f)).toList();
        return new ScoreFilesCommand(c.tree(), c.catalogue(), c.results(), c.targets(), c.period(), c.indicator(),
                c.uniform(), c.declared(), c.commend(), c.criticise(), c.profile(), more);
    }

    /** {@code --indicator A,B}: one scoreboard per indicator, printed side by side (json: one document each). */
    private int sideBySide(List<IndicatorCode> indicators, UnitTree tree, IndicatorCatalogue catalogue,
            ScoringProfile scoringProfile, List<DeclaredTotal> declaredTotals, SelectionRule commendRule,
            SelectionRule criticiseRule, ScoreFilesCommand.UniformTarget uniformOption) {
        if (dossiers != null) {
            throw out.usageError("--indicator A,B: several indicators side by side are scored from --results or a store");
        }
        if (view == View.POINTS) {
            throw out.usageError("--view points shows one scoreboard: give one --indicator");
        }
        List<ScoredPeriod> boards;
        if (storage.given()) {
            try (CommandStorage opened = commandStorage.get().open(storage.settings())) {
                boards = stored.get().scoredEach(new ScoreStoredCommand(null, indicators.get(0), period, declaredTotals,
                        uniformOption, commendRule, criticiseRule, scoringProfile), indicators);
            }
        } else {
            boards = scoring.scoreEach(withMoreResults(new ScoreFilesCommand(tree, catalogue,
                    () -> tableFiles.read(results.get(0)), targets == null ? null : () -> tableFiles.read(targets), period,
                    indicators.get(0), uniformOption, declaredTotals, commendRule, criticiseRule, scoringProfile)),
                    indicators);
        }
        List<ScoreDocument> documents = boards.stream().map(b -> ScoreDocument.of(b.board(), b.commended(),
                b.criticised(), b.points(), b::approval, out.lang())).toList();
        java.util.Map<String, Object> document = new java.util.LinkedHashMap<>();
        document.put("period", period == null ? null : period.toString());
        document.put("indicators", indicators.stream().map(IndicatorCode::value).toList());
        document.put("scoreboards", documents);
        output.emit(out, ScoreboardReport.sideBySide(boards.stream().map(ScoredPeriod::board).toList(), indicators,
                catalogue, out.lang()), document);
        return 0;
    }

    /** The number written in {@code --target}; whether it fits the indicators is the use case's rule. */
    private BigDecimal parseUniformTarget() {
        if (uniformTarget == null) {
            return null;
        }
        try {
            return NumberReader.percent(uniformTarget)
                    .orElseThrow(() -> out.usageError("--target: a target is a number, not '" + uniformTarget + "'"));
        } catch (UnreadableNumberException e) {
            throw out.usageError("--target: cannot read '" + uniformTarget + "': " + e.reason());
        }
    }

    private List<DeclaredTotal> parseDeclared() {
        List<DeclaredTotal> list = new ArrayList<>();
        for (String d : declared) {
            try {
                list.add(DeclaredTotal.parse(d));
            } catch (IllegalArgumentException e) {
                throw out.usageError("--declared: " + e.getMessage());
            }
        }
        return list;
    }

    private SelectionRule rule(List<String> texts, String option) {
        if (texts.isEmpty()) {
            return null;
        }
        try {
            return SelectionRule.parse(String.join("|", texts));
        } catch (IllegalArgumentException e) {
            throw out.usageError(option + ": " + e.getMessage());
        }
    }
}
