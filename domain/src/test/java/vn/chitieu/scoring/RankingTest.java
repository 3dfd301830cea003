package vn.chitieu.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final vn.chitieu.unit.Unit COMMUNE = new vn.chitieu.unit.Unit(vn.chitieu.unit.UnitCode.of("xa"), "Xã",
            vn.chitieu.unit.UnitKind.COMMUNE, null, List.of());

    /** The ranks of rows of one indicator, period and kind with these printed rates (null: not available). */
    private static List<Integer> ranks(String... v) {
        List<Score> rows = Arrays.stream(v).map(s -> new Score(COMMUNE, vn.chitieu.indicator.IndicatorCode.of("ONLINE_RATE"),
                vn.chitieu.period.Period.parse("2024-01"), null, null, s == null ? null : new BigDecimal(s), null, null, null,
                null, null, null, null)).toList();
        return Ranking.rank(rows).stream().map(Score::rank).toList();
    }

    @Test
    void equalValuesShareARankAndTheNextRankIsSkipped() {
        assertThat(ranks("90", "95", "95", "80")).containsExactly(3, 1, 1, 4);
        assertThat(ranks("99", "98", "98", "97")).containsExactly(1, 2, 2, 4);
    }

    @Test
    void valuesThatAreNotAvailableAreNotRankedAndDoNotTakeARank() {
        assertThat(ranks("50", null, "60")).containsExactly(2, null, 1);
    }

    @Test
    void scaleDoesNotBreakATie() {
        assertThat(ranks("95.50", "95.5", "10")).containsExactly(1, 1, 3);
    }

    /** Values of counts are compared as ratios (b1 × a2 against b2 × a1): the order of their 34-digit values. */
    @Test
    void countsCompareInTheOrderOfTheirValuesEqualRatiosTied() {
        java.util.Random random = new java.util.Random(5);
        vn.chitieu.unit.Unit unit = new vn.chitieu.unit.Unit(vn.chitieu.unit.UnitCode.of("xa"), "Xã", vn.chitieu.unit.UnitKind.COMMUNE,
                null, List.of());
        int ties = 0;
        for (int i = 0; i < 50_000; i++) {
            long bound = i % 3 == 0 ? 20 : i % 3 == 1 ? 1_000_000_000_000_000L : 12_000_000_000_000_000L; // a file's, a year summed
            long a1 = 1 + (random.nextLong() & Long.MAX_VALUE) % bound;
            long a2 = i % 7 == 0 ? a1 * 2 : 1 + (random.nextLong() & Long.MAX_VALUE) % bound;
            long b1 = (random.nextLong() & Long.MAX_VALUE) % (a1 + 1);
            long b2 = i % 7 == 0 ? b1 * 2 : (random.nextLong() & Long.MAX_VALUE) % (a2 + 1);
            Score x = score(unit, b1, a1);
            Score y = score(unit, b2, a2);
            int expected = Integer.signum(x.value().compareTo(y.value()));
            assertThat(Integer.signum(Ranking.compareValues(x, y))).as("%d/%d against %d/%d", b1, a1, b2, a2)
                    .isEqualTo(expected);
            ties += expected == 0 ? 1 : 0;
        }
        assertThat(ties).isGreaterThan(1000);
        // products between 2^63 and 2^64: the low words compare unsigned
        assertThat(Ranking.compareValues(score(unit, 1, 4_000_000_000L), score(unit, 3_000_000_000L, 3_000_000_000L)))
                .isNegative();
    }

    private static Score score(vn.chitieu.unit.Unit unit, long b, long a) {
        return new Score(unit, vn.chitieu.indicator.IndicatorCode.of("ONLINE_RATE"), vn.chitieu.period.Period.parse("2024-01"),
                b, a, new vn.chitieu.indicator.Ratio(b, a).percentValue().orElseThrow(), null, null, null, null, null, null, null);
    }
}
