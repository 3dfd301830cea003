package vn.chitieu.application.dossier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.chitieu.application.scoring.ScoreFiles;
import vn.chitieu.application.scoring.ScoreFilesCommand;
import vn.chitieu.application.scoring.ScoredPeriod;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.result.Result;
import vn.chitieu.result.ResultsColumns;
import vn.chitieu.table.Table;

/**
 * Use case: score straight from dossiers (CLI {@code score --dossiers F --procedures F}). The
 * indicators are computed ({@link ComputeIndicators}) and handed to the scoring of files as the long-form
 * results table that {@code indicators --out results.csv} writes ({@link ResultsColumns}), so that scoring
 * from dossiers and scoring that file give the same board.
 */
public final class ScoreDossiers {

    private final ComputeIndicators indicators = new ComputeIndicators();
    private final ScoreFiles scoring = new ScoreFiles();

    /** {@code scoreCommand} makes the scoring command around the results table it is given. */
    public ScoredPeriod score(ComputeIndicatorsCommand dossiers, Function<Supplier<Table>, ScoreFilesCommand> scoreCommand) {
        return scoring.score(scoreCommand.apply(() -> resultsTable(dossiers.dossiers().file(),
                indicators.compute(dossiers).results())));
    }

    /** {@code results} as the long-form table of {@link ResultsColumns#WRITTEN}. */
    static Table resultsTable(String file, List<Result> results) {
        List<String> headers = ResultsColumns.WRITTEN.stream().map(ReportColumn::key).toList();
        Table.Builder table = Table.builder(file, headers);
        int line = 1;
        for (Result r : results) {
            List<String> cells = new ArrayList<>();
            for (Object o : ResultsColumns.cells(r)) {
                cells.add(o == null ? null : o instanceof BigDecimal d ? d.toPlainString() : o.toString());
            }
            table.row(++line, cells);
        }
        return table.build();
    }
}
