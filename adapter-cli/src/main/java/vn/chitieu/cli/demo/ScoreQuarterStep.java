package vn.chitieu.cli.demo;

import com.google.inject.Inject;
import java.io.PrintWriter;
import java.util.List;
import vn.chitieu.application.scoring.ScoreFiles;
import vn.chitieu.application.scoring.ScoreFilesCommand;
import vn.chitieu.application.scoring.ScoredPeriod;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.ReportRenderer;
import vn.chitieu.cli.score.ScoreboardReport;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.scoring.DeclaredTotal;
import vn.chitieu.scoring.SelectionRule;

/**
 * Demo: scores seed 003's quarter (Phụ lục 2, on-time counts, Q1/2018) against 95 % for every
 * unit, reconciles the letter's totals (38.122 received, 36.940 resolved) with the table's, and
 * lists whom a "met and top 5" rule commends and a "below 70 % or no data" rule criticises. Same as
 * {@code chitieu score --units units-daklak-2018.csv --targets targets-2018-Q1.csv --results results-2018-Q1.csv
 * --declared received=38122,resolved=36940 --commend met,top=5 --criticise "na|below=70"}, through the same use case.
 */
public final class ScoreQuarterStep extends SampleStep {

    static final String UNITS = "units-daklak-2018.csv";
    static final String TARGETS = "targets-2018-Q1.csv";
    static final String RESULTS = "results-2018-Q1.csv";
    static final String COMMEND = "met,top=5";
    static final String CRITICISE = "na|below=70";

    private final IndicatorCatalogue catalogue;

    @Inject
    public ScoreQuarterStep(TableFiles files, IndicatorCatalogue catalogue, ReportRenderer renderer) {
        super(40, "Chấm điểm kết quả giải quyết đúng hạn Quý I/2018 so với chỉ tiêu 95 % (seed 003, Phụ lục 2)",
                "Scoring the 2018 Q1 on-time results against 95 % (seed 003, Phụ lục 2)", files, renderer);
        this.catalogue = catalogue;
    }

    @Override
    public void run(PrintWriter out, Lang lang) {
        ScoredPeriod scored = new ScoreFiles().score(new ScoreFilesCommand(units(UNITS), catalogue, () -> table(RESULTS),
                () -> table(TARGETS), null, null, null,
                List.of(DeclaredTotal.parse("received=38122"), DeclaredTotal.parse("resolved=36940")),
                SelectionRule.parse(COMMEND), SelectionRule.parse(CRITICISE), null));
        print(out, ScoreboardReport.scoreboard(scored.board(), catalogue, new ScoreboardReport.Extras(scored.commended(),
                scored.criticised(), COMMEND, CRITICISE, null, null), lang), lang);
    }
}
