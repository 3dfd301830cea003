package vn.chitieu.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static List<BigDecimal> values(String... v) {
        return Arrays.stream(v).map(s -> s == null ? null : new BigDecimal(s)).toList();
    }

    @Test
    void equalValuesShareARankAndTheNextRankIsSkipped() {
        assertThat(Ranking.competition(values("90", "95", "95", "80"))).containsExactly(3, 1, 1, 4);
        assertThat(Ranking.competition(values("99", "98", "98", "97"))).containsExactly(1, 2, 2, 4);
    }

    @Test
    void valuesThatAreNotAvailableAreNotRankedAndDoNotTakeARank() {
        assertThat(Ranking.competition(Arrays.asList(new BigDecimal("50"), null, new BigDecimal("60"))))
                .containsExactly(2, null, 1);
    }

    @Test
    void scaleDoesNotBreakATie() {
        assertThat(Ranking.competition(values("95.50", "95.5", "10"))).containsExactly(1, 1, 3);
    }
}
