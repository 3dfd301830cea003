package vn.chitieu.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import vn.chitieu.application.scoring.ScoredPeriod;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
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
    default ScoreWarningJson toJson(ScoreWarning warning, String lang) {
        return new ScoreWarningJson(warning.code(), warning.key(), warning.declared(), warning.computed(),
                warning.difference(), warning.message(lang));
    }

    /** The stored scoreboard, each row saying whether an approval locks it and which; warnings in {@code lang}. */
    default ScoreboardJson toJson(ScoredPeriod scored, String lang) {
        return toJson(scored.board(), s -> scored.approval(s).map(l -> new ApprovalJson(l.unit().value(),
                l.period().toString(), l.approvedBy().name(), l.approvedAt(), l.reason())), lang);
    }

    private ScoreboardJson toJson(Scoreboard board, Function<Score, Optional<ApprovalJson>> approvals, String lang) {
        Map<String, TotalsJson> byKind = new LinkedHashMap<>();
        board.totalsByKind().forEach((kind, totals) -> byKind.put(kind.name(), toJson(totals)));
        TotalsJson t = toJson(board.totals());
        TotalsJson totals = new TotalsJson(t.rows(), t.met(), t.notMet(), t.notAvailable(), t.numerator(), t.denominator(),
                t.value(), t.received(), t.resolved(), t.onTime(), t.late(), t.dossiersNeeded(), byKind);
        return new ScoreboardJson(board.rows().stream()
                .map(s -> {
                    ApprovalJson approval = approvals.apply(s).orElse(null);
                    return toJson(s, s.rank() == null ? null : board.rankedOf(s.unit().kind()), approval != null,
                            approval);
                }).toList(), totals,
                board.warnings().stream().map(w -> toJson(w, lang)).toList());
    }
}
