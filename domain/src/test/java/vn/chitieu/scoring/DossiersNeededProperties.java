package vn.chitieu.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.result.Result;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

class DossiersNeededProperties {

    private final Scorer scorer = new Scorer(UnitTree.of(List.of(
            new Unit(UnitCode.of("p"), "UBND tỉnh", UnitKind.PROVINCE, null),
            new Unit(UnitCode.of("d"), "UBND huyện", UnitKind.DISTRICT, UnitCode.of("p")))));

    private Score score(long b, long a, BigDecimal target) {
        return scorer.score(Result.ofCounts(UnitCode.of("d"), IndicatorCode.of("ON_TIME_RATE"), Period.parse("2018-Q1"),
                b, a), target);
    }

    @Property
    void theDossiersNeededAreExactlyEnoughToMeetTheTarget(@ForAll @LongRange(min = 1, max = 1_000_000) long a,
            @ForAll @LongRange(min = 0, max = 1_000_000) long b, @ForAll @IntRange(min = 0, max = 10_000) int targetHundredths) {
        Assume.that(b <= a);
        BigDecimal target = BigDecimal.valueOf(targetHundredths, 2);
        Score s = score(b, a, target);
        long needed = s.dossiersNeeded();
        assertThat(needed).isNotNegative();
        assertThat(needed == 0).isEqualTo(s.met());
        if (needed > 0) {
            assertThat(score(b + needed, a, target).met()).isTrue();
            assertThat(score(b + needed - 1, a, target).met()).isFalse();
        }
    }

    @Property
    void noDossiersMeansNotAvailableNeverZeroPercentNorMet(@ForAll @IntRange(min = 0, max = 100) int target) {
        Score s = score(0, 0, BigDecimal.valueOf(target));
        assertThat(s.value()).isNull();
        assertThat(s.met()).isNull();
        assertThat(s.rank()).isNull();
        assertThat(s.dossiersNeeded()).isNull();
        assertThat(s.flags()).contains(ScoreFlag.NO_DATA);
    }
}
