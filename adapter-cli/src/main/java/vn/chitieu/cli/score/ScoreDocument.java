package vn.chitieu.cli.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.result.OnTimeDetail;
import vn.chitieu.scoring.Score;
import vn.chitieu.scoring.ScoreFlag;
import vn.chitieu.scoring.Scoreboard;
import vn.chitieu.scoring.Totals;
import vn.chitieu.scoring.UnitPoints;

/**
 * The JSON document of {@code score} (contracts.md): {@code rows}, {@code totals} (overall, with
 * {@code byKind}), {@code warnings}; {@code commend}, {@code criticise} and {@code points} when
 * asked for. Percentages in percent units, exact; not available is null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScoreDocument(List<Row> rows, TotalsView totals, List<Warning> warnings, List<Selected> commend,
        List<Selected> criticise, List<Points> points) {

    /** One scored (unit, indicator, period); {@code detail} holds the wide on-time columns when the source had them. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Row(String unit, String name, String kind, String indicator, String period, Long numerator,
            Long denominator, BigDecimal value, BigDecimal target, Boolean met, BigDecimal gapPoints,
            Long dossiersNeeded, Integer rank, List<ScoreFlag> flags, Detail detail,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean approved,
            @JsonInclude(JsonInclude.Include.NON_NULL) Approval approval) {

        /** The row with the approval that locks it (scored from storage). */
        Row approvedBy(PeriodLock lock) {
            return new Row(unit, name, kind, indicator, period, numerator, denominator, value, target, met, gapPoints,
                    dossiersNeeded, rank, flags, detail, Boolean.TRUE, Approval.of(lock));
        }
    }

    /** The approval that locks a row: the unit and period approved, by whom and when. */
    public record Approval(String unit, String period, String approvedBy, String approvedAt, String reason) {

        static Approval of(PeriodLock lock) {
            return new Approval(lock.unit().value(), lock.period().toString(), lock.approvedBy().name(),
                    lock.approvedAt().toString(), lock.reason());
        }
    }

    /** The columns of the wide on-time export, with the rates as printed. */
    public record Detail(long received, long resolved, long onTime, long late, BigDecimal statedOnTimeRate,
            BigDecimal statedLateRate) {
    }

    /** Totals over all rows, and per unit kind in {@code byKind}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TotalsView(int rows, int met, int notMet, int notAvailable, Long numerator, Long denominator,
            BigDecimal value, Long received, Long resolved, Long onTime, Long late, long dossiersNeeded,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, TotalsView> byKind) {
    }

    /** A difference between a declared total and the sum of the rows. */
    public record Warning(String code, String key, Long declared, Long computed, Long difference, String message) {
    }

    /** A row a commend or criticise rule selected. */
    public record Selected(String unit, String name, String indicator, String period, BigDecimal value, Integer rank,
            Boolean met) {
    }

    /** A unit's points under the scoring profile. */
    public record Points(String unit, String name, String period, Map<String, BigDecimal> indicators,
            Map<String, BigDecimal> groups, BigDecimal total, String band, int notAvailable) {
    }

    /** The document of {@code board}, each row approved by the lock {@code approval} answers for it (scored from storage). */
    public static ScoreDocument of(Scoreboard board, List<Score> commend, List<Score> criticise,
            List<UnitPoints> points, Function<Score, Optional<PeriodLock>> approval, Lang lang) {
        List<Score> scores = board.rows();
        // each row made as it is written: a board scored a section at a time is not held as rows
        List<Row> rows = new java.util.AbstractList<>() {
            @Override
            public Row get(int i) {
                Score s = scores.get(i);
                return approval.apply(s).map(row(s)::approvedBy).orElseGet(() -> row(s));
            }

            @Override
            public int size() {
                return scores.size();
            }
        };
        Map<String, TotalsView> byKind = new LinkedHashMap<>();
        board.totalsByKind().forEach((kind, t) -> byKind.put(kind.name(), totals(t, null)));
        List<Warning> warnings = board.warnings().stream().map(w -> new Warning(w.code(), w.key(), w.declared(),
                w.computed(), w.difference(), w.message(lang.code()))).toList();
        return new ScoreDocument(rows, totals(board.totals(), byKind), warnings, selected(commend), selected(criticise),
                points == null ? null : points.stream().map(p -> points(p, lang)).toList());
    }

    static Row row(Score s) {
        OnTimeDetail d = s.detail();
        return new Row(s.unit().code().value(), s.unit().name(), s.unit().kind().name(), s.indicator().value(),
                s.period().toString(), s.numerator(), s.denominator(), s.value(), s.target(), s.met(), s.gapPoints(),
                s.dossiersNeeded(), s.rank(), List.copyOf(s.flags()),
                d == null ? null : new Detail(d.received(), d.resolved(), d.onTime(), d.late(), d.statedOnTimeRate(),
                        d.statedLateRate()), null, null);
    }

    private static TotalsView totals(Totals t, Map<String, TotalsView> byKind) {
        return new TotalsView(t.rows(), t.met(), t.notMet(), t.notAvailable(), t.numerator(), t.denominator(), t.value(),
                t.received(), t.resolved(), t.onTime(), t.late(), t.dossiersNeeded(), byKind);
    }

    private static List<Selected> selected(List<Score> scores) {
        return scores == null ? null : scores.stream().map(s -> new Selected(s.unit().code().value(), s.unit().name(),
                s.indicator().value(), s.period().toString(), s.value(), s.rank(), s.met())).toList();
    }

    private static Points points(UnitPoints p, Lang lang) {
        return new Points(p.unit().code().value(), p.unit().name(), p.period().toString(), p.indicatorPoints(),
                p.groupPoints(), p.total(), p.band() == null ? null : p.band().label(lang.code()), p.notAvailable());
    }
}
