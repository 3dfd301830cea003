package vn.chitieu.application.dossier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.chitieu.application.scoring.ScoreFiles;
import vn.chitieu.application.scoring.ScoreFilesCommand;
import vn.chitieu.application.scoring.ScoredPeriod;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.result.Result;
import vn.chitieu.result.ResultsColumns;
import vn.chitieu.scoring.Score;
import vn.chitieu.scoring.Scoreboard;
import vn.chitieu.scoring.Totals;
import vn.chitieu.table.Table;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

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
        ScoredPeriod scored = scoring.score(scoreCommand.apply(() -> resultsTable(dossiers.dossiers().file(),
                indicators.compute(dossiers).results())));
        return withCountsOfTopRows(scored, dossiers.tree());
    }

    /**
     * A unit's figure from dossiers covers its whole subtree, so summing every row would count a
     * commune's dossiers in its district's row and again in the province's: the overall counts,
     * value and dossiers still needed are those of the rows no other row's unit contains (the
     * rows, met, not met and not available stay counted over every row; the totals per kind need
     * nothing, units of one kind do not contain each other).
     */
    static ScoredPeriod withCountsOfTopRows(ScoredPeriod scored, UnitTree tree) {
        Scoreboard board = scored.board();
        Set<UnitCode> onBoard = new HashSet<>();
        board.rows().forEach(r -> onBoard.add(r.unit().code()));
        List<Score> top = new ArrayList<>();
        for (Score r : board.rows()) {
            boolean contained = false;
            for (UnitCode up = r.unit().parent(); up != null && !contained; up = tree.find(up).map(Unit::parent).orElse(null)) {
                contained = onBoard.contains(up);
            }
            if (!contained) {
                top.add(r);
            }
        }
        Totals all = board.totals();
        Totals tops = Totals.of(top);
        Totals totals = new Totals(all.rows(), all.met(), all.notMet(), all.notAvailable(), tops.numerator(),
                tops.denominator(), tops.value(), tops.received(), tops.resolved(), tops.onTime(), tops.late(),
                tops.dossiersNeeded());
        return new ScoredPeriod(new Scoreboard(board.rows(), totals, board.totalsByKind(), board.warnings(),
                board.rankedByKind()), scored.commended(), scored.criticised(), scored.points(), scored.approved());
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
