package vn.chitieu.cli.demo;

import com.google.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.chitieu.application.dossier.ComputeIndicators;
import vn.chitieu.application.dossier.ComputeIndicatorsCommand;
import vn.chitieu.application.dossier.ComputedIndicators;
import vn.chitieu.application.dossier.ScoreDossiers;
import vn.chitieu.application.scoring.ScoreFilesCommand;
import vn.chitieu.application.scoring.ScoredPeriod;
import vn.chitieu.cli.dossier.IndicatorsReport;
import vn.chitieu.cli.io.DossierFiles;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.ReportRenderer;
import vn.chitieu.cli.score.ScoreboardReport;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/**
 * Demo: a month of Đắk Lắk dossiers (June 2022, national sync headers): every indicator of the
 * province computed from them, as {@code indicators --units units-daklak-2022.csv --procedures
 * procedures-daklak.csv --dossiers dossiers-daklak-2022-06.csv --period 2022-06} does, then the
 * districts' on-time rate scored against 90 % straight from the dossiers, as {@code score ... --indicator
 * ON_TIME_RATE --target 90}, through the same use cases. The dossiers are illustrative.
 */
public final class DossiersStep extends SampleStep {

    static final String UNITS = "units-daklak-2022.csv";
    static final String PROCEDURES = "procedures-daklak.csv";
    static final String DOSSIERS = "dossiers-daklak-2022-06.csv";
    static final Period PERIOD = Period.parse("2022-06");
    static final String TARGET = "90";

    private final DossierFiles dossierFiles = new DossierFiles();
    private final IndicatorCatalogue catalogue;

    @Inject
    public DossiersStep(TableFiles files, IndicatorCatalogue catalogue, ReportRenderer renderer) {
        super(50, "Tính chỉ tiêu từ hồ sơ tháng 6/2022 của tỉnh Đắk Lắk và chấm điểm tỷ lệ đúng hạn của các huyện so với 90% (số liệu minh họa)",
                "Indicators of Đắk Lắk's June 2022 dossiers, and the districts' on-time rate scored against 90% (illustrative figures)",
                files, renderer);
        this.catalogue = catalogue;
    }

    @Override
    public void run(PrintWriter out, Lang lang) {
        UnitTree tree = units(UNITS);
        Path dossiers = Samples.copy(DOSSIERS);
        try {
            ComputedIndicators computed = new ComputeIndicators().compute(command(tree, dossiers));
            UnitCode province = tree.roots().get(0).code();
            ComputedIndicators provinceOnly = new ComputedIndicators(computed.period(), computed.read(),
                    computed.counted(), computed.excluded(),
                    computed.figures().stream().filter(f -> f.unit().equals(province)).toList());
            print(out, IndicatorsReport.readable(provinceOnly, tree, catalogue, lang.code()), lang);
            out.println();
            ScoredPeriod scored = new ScoreDossiers().score(command(tree, dossiers),
                    actuals -> new ScoreFilesCommand(tree, catalogue, () -> districtsOnly(actuals.get(), tree), null, PERIOD, IndicatorCode.of("ON_TIME_RATE"),
                            new ScoreFilesCommand.UniformTarget("--target", TARGET, new BigDecimal(TARGET)), List.of(),
                            null, null, null));
            print(out, ScoreboardReport.scoreboard(scored.board(), catalogue,
                    new ScoreboardReport.Extras(scored.commended(), scored.criticised(), null, null, null, null), lang), lang);
        } finally {
            try {
                Files.deleteIfExists(dossiers);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The rows of the districts' results (as {@code score --results} would read a file holding only them). */
    private static Table districtsOnly(Table results, UnitTree tree) {
        String unit = results.column("unit").orElseThrow();
        Table.Builder kept = Table.builder(results.file(), results.headers());
        for (TableRow row : results.rows()) {
            boolean district = tree.find(UnitCode.of(row.get(unit))).filter(u -> u.kind() == UnitKind.DISTRICT).isPresent();
            if (district) {
                kept.row(row.line(), results.headers().stream().map(row::get).toList());
            }
        }
        return kept.build();
    }

    private ComputeIndicatorsCommand command(UnitTree tree, Path dossiers) {
        return new ComputeIndicatorsCommand(tree, () -> table(PROCEDURES), dossierFiles.open(dossiers), PERIOD, null, null);
    }
}
