package vn.chitieu.http;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import vn.chitieu.result.OnTimeDetail;
import vn.chitieu.scoring.Score;
import vn.chitieu.scoring.ScoreWarning;
import vn.chitieu.scoring.Scoreboard;
import vn.chitieu.scoring.Totals;

/** Scoreboards to their JSON view, the shape of the CLI's {@code score --format json}. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface ScoreboardMapper extends ValueTexts {

    @Mapping(target = "unit", source = "score.unit.code.value")
    @Mapping(target = "name", source = "score.unit.name")
    @Mapping(target = "kind", source = "score.unit.kind")
    @Mapping(target = "rankOf", source = "rankOf")
    ScoreJson toJson(Score score, Integer rankOf);

    OnTimeDetailJson toJson(OnTimeDetail detail);

    @Mapping(target = "byKind", ignore = true)
    TotalsJson toJson(Totals totals);

    @Mapping(target = "message", expression = "java(warning.message(\"vi\"))")
    ScoreWarningJson toJson(ScoreWarning warning);

    default ScoreboardJson toJson(Scoreboard board) {
        Map<String, TotalsJson> byKind = new LinkedHashMap<>();
        board.totalsByKind().forEach((kind, totals) -> byKind.put(kind.name(), toJson(totals)));
        TotalsJson t = toJson(board.totals());
        TotalsJson totals = new TotalsJson(t.rows(), t.met(), t.notMet(), t.notAvailable(), t.numerator(), t.denominator(),
                t.value(), t.received(), t.resolved(), t.onTime(), t.late(), t.dossiersNeeded(), byKind);
        return new ScoreboardJson(board.rows().stream()
                .map(s -> toJson(s, s.rank() == null ? null : board.rankedOf(s.unit().kind()))).toList(), totals,
                board.warnings().stream().map(this::toJson).toList());
    }
}
