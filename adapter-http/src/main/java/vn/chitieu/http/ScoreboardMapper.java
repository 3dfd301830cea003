package vn.chitieu.http;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import vn.chitieu.application.scoring.ScoredPeriod;
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
    @Mapping(target = "period", source = "score.period")
    @Mapping(target = "approved", source = "approved")
    @Mapping(target = "approval", source = "approval")
    ScoreJson toJson(Score score, Integer rankOf, Boolean approved, ApprovalJson approval);

    OnTimeDetailJson toJson(OnTimeDetail detail);

    @Mapping(target = "byKind", ignore = true)
    TotalsJson toJson(Totals totals);

    /** A warning with its message in {@code lang} ({@code vi} or {@code en}: the request's Accept-Language). */
    @Mapping(target = "message", expression = "java(warning.message(lang))")
    ScoreWarningJson toJson(ScoreWarning warning, @Context String lang);

    /** The stored scoreboard, each row saying whether an approval locks it and which; warnings in {@code lang}. */
    default ScoreboardJson toJson(ScoredPeriod scored, String lang) {
        Scoreboard board = scored.board();
        return new ScoreboardJson(board.rows().stream()
                .map(s -> {
                    ApprovalJson approval = scored.approval(s).map(ApprovalJson::of).orElse(null);
                    return toJson(s, s.rank() == null ? null : board.rankedOf(s.unit().kind()), approval != null,
                            approval);
                }).toList(), totalsOf(board),
                board.warnings().stream().map(w -> toJson(w, lang)).toList());
    }

    /** The board's totals with {@code byKind}: the totals of each kind of unit. */
    @Mapping(target = ".", source = "totals")
    @Mapping(target = "byKind", source = "totalsByKind")
    TotalsJson totalsOf(Scoreboard board);
}
