package vn.chitieu.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

class PointsAndRulesTest {

    private static final Period Q1 = Period.parse("2018-Q1");
    private static final IndicatorCode ON_TIME = IndicatorCode.of("ON_TIME_RATE");
    private static final IndicatorCode ONLINE = IndicatorCode.of("ONLINE_RATE");

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static Unit unit(String code, UnitKind kind) {
        return new Unit(UnitCode.of(code), code, kind, kind == UnitKind.PROVINCE ? null : UnitCode.of("p"));
    }

    private static Score score(String unit, IndicatorCode indicator, String value, Integer rank, Boolean met) {
        return new Score(unit(unit, UnitKind.DISTRICT), indicator, Q1, null, null, value == null ? null : d(value),
                d("95"), met, null, null, rank, value == null ? Set.of(ScoreFlag.NO_DATA) : Set.of(), null);
    }

    private final ScoringProfile profile = new ScoringProfile("test",
            List.of(new PointsGroup("progress", "Tiến độ", "Progress", d("20")),
                    new PointsGroup("online", "Trực tuyến", "Online", d("12"))),
            List.of(new IndicatorPoints(ON_TIME, "progress", d("20"), d("100")),
                    new IndicatorPoints(ONLINE, "online", d("12"), d("50"))),
            List.of(new Band(d("90"), "Xuất sắc", "Excellent"), new Band(d("0"), "Yếu", "Weak"),
                    new Band(d("20"), "Trung bình", "Average")));

    @Test
    void pointsAreTheShareOfTheFullPointsValueCappedAtTheMaximum() {
        IndicatorPoints online = profile.rule(ONLINE).orElseThrow();
        assertThat(online.points(d("25"))).isEqualByComparingTo("6");
        assertThat(online.points(d("80"))).isEqualByComparingTo("12");
        assertThat(online.points(null)).isNull();
        assertThat(profile.maxPoints()).isEqualByComparingTo("32");
    }

    @Test
    void aUnitsPointsAddUpByGroupAndFallInABand() {
        List<UnitPoints> points = profile.points(List.of(score("a", ON_TIME, "95", 1, true),
                score("a", ONLINE, "50", 1, true), score("b", ON_TIME, "50", 2, false), score("b", ONLINE, null, null, null)));
        assertThat(points).hasSize(2);
        UnitPoints a = points.get(0);
        assertThat(a.groupPoints().get("progress")).isEqualByComparingTo("19");
        assertThat(a.groupPoints().get("online")).isEqualByComparingTo("12");
        assertThat(a.total()).isEqualByComparingTo("31");
        assertThat(a.band().labelVi()).isEqualTo("Trung bình");
        UnitPoints b = points.get(1);
        assertThat(b.total()).isEqualByComparingTo("10");
        assertThat(b.groupPoints().get("online")).as("no value is not 0 points").isNull();
        assertThat(b.indicatorPoints().get("ONLINE_RATE")).isNull();
        assertThat(b.notAvailable()).isEqualTo(1);
        assertThat(b.band().labelEn()).isEqualTo("Weak");
    }

    @Test
    void aGroupWhoseIndicatorsDoNotAddUpToItsMaximumIsRefused() {
        assertThatThrownBy(() -> new ScoringProfile("bad", List.of(new PointsGroup("online", null, null, d("22"))),
                List.of(new IndicatorPoints(ONLINE, "online", d("12"), d("50"))), List.of()))
                .hasMessageContaining("22").hasMessageContaining("12");
    }

    @Test
    void commendMetAndTopTwoCriticiseNotAvailableOrBelowFifty() {
        List<Score> rows = List.of(score("a", ON_TIME, "99", 1, true), score("b", ON_TIME, "96", 2, true),
                score("c", ON_TIME, "96", 2, true), score("d", ON_TIME, "94", 4, false),
                score("e", ON_TIME, "40", 5, false), score("f", ON_TIME, null, null, null));
        Scoreboard board = new Scoreboard(rows, Totals.of(rows), java.util.Map.of(), List.of());
        assertThat(SelectionRule.parse("met,top=2").select(board)).extracting(s -> s.unit().code().value())
                .containsExactly("a", "b", "c");
        assertThat(SelectionRule.parse("na|below=50").select(board)).extracting(s -> s.unit().code().value())
                .containsExactly("e", "f");
        assertThat(SelectionRule.parse("notMet,bottom=1").select(board)).extracting(s -> s.unit().code().value())
                .containsExactly("e");
        assertThat(SelectionRule.parse("flag=no_data").select(board)).extracting(s -> s.unit().code().value())
                .containsExactly("f");
    }

    @Test
    void aMalformedRuleIsRefusedWithTheKnownConditions() {
        assertThatThrownBy(() -> SelectionRule.parse("best=3")).hasMessageContaining("top=N");
        assertThatThrownBy(() -> SelectionRule.parse("top")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> SelectionRule.parse("top=1.5")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> SelectionRule.parse("flag=LATE")).hasMessageContaining("CARRY_OVER");
    }
}
