package vn.chitieu.cli.demo;

import com.google.inject.Inject;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.output.Format;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.ReportRenderer;
import vn.chitieu.cli.score.ScoreboardReport;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.result.Result;
import vn.chitieu.result.ResultsTableReader;
import vn.chitieu.scoring.DeclaredTotal;
import vn.chitieu.scoring.Score;
import vn.chitieu.scoring.Scoreboard;
import vn.chitieu.scoring.Scorer;
import vn.chitieu.scoring.SelectionRule;
import vn.chitieu.scoring.TargetsTableReader;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.UnitTree;
import vn.chitieu.unit.UnitsTable;

/**
 * Demo: scores seed 003's quarter (Phụ lục 2, on-time counts, Q1/2018) against 95 % for every
 * unit, reconciles the letter's totals (38.122 received, 36.940 resolved) with the table's, and
 * lists whom a "met and top 5" rule commends and a "below 70 % or no data" rule criticises. Same as
 * {@code chitieu score --units units-daklak-2018.csv --targets targets-2018-Q1.csv --results results-2018-Q1.csv
 * --declared received=38122,resolved=36940 --commend met,top=5 --criticise "na|below=70"}.
 */
public final class ScoreQuarterStep implements DemoStep {

    static final String UNITS = "units-daklak-2018.csv";
    static final String TARGETS = "targets-2018-Q1.csv";
    static final String RESULTS = "results-2018-Q1.csv";
    static final String COMMEND = "met,top=5";
    static final String CRITICISE = "na|below=70";

    private final TableFiles files;
    private final IndicatorCatalogue catalogue;
    private final ReportRenderer renderer;

    @Inject
    public ScoreQuarterStep(TableFiles files, IndicatorCatalogue catalogue, ReportRenderer renderer) {
        this.files = files;
        this.catalogue = catalogue;
        this.renderer = renderer;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String title(Lang lang) {
        return lang == Lang.EN ? "Scoring the 2018 Q1 on-time results against 95 % (seed 003, Phụ lục 2)"
                : "Chấm điểm kết quả giải quyết đúng hạn Quý I/2018 so với chỉ tiêu 95 % (seed 003, Phụ lục 2)";
    }

    @Override
    public void run(PrintWriter out, Lang lang) {
        UnitTree tree = UnitsTable.read(files.readCsv(Samples.source(UNITS), Samples.bytes(UNITS)));
        NameResolver resolver = new NameResolver(tree);
        List<Result> results = new ResultsTableReader(resolver, catalogue)
                .read(files.readCsv(Samples.source(RESULTS), Samples.bytes(RESULTS)), null);
        Scoreboard board = new Scorer(tree).score(results,
                new TargetsTableReader(resolver, catalogue).read(files.readCsv(Samples.source(TARGETS),
                        Samples.bytes(TARGETS)), null),
                List.of(DeclaredTotal.parse("received=38122"), DeclaredTotal.parse("resolved=36940")));
        List<Score> commended = SelectionRule.parse(COMMEND).select(board);
        List<Score> criticised = SelectionRule.parse(CRITICISE).select(board);
        var report = ScoreboardReport.scoreboard(board, catalogue,
                new ScoreboardReport.Extras(commended, criticised, COMMEND, CRITICISE, null, null), lang);
        out.print(new String(renderer.render(report, Format.TABLE, lang), StandardCharsets.UTF_8));
    }
}
