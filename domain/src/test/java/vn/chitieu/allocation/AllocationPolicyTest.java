package vn.chitieu.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chitieu.unit.UnitKind;

class AllocationPolicyTest {

    private static AllocationPolicy policy(BigDecimal granularity, BigDecimal cap, Map<UnitKind, BigDecimal> floors,
            BigDecimal uniform) {
        return new AllocationPolicy(null, BigDecimal.ONE, Rounding.CEIL, granularity, cap, floors, null, uniform);
    }

    @Test
    void aFloorAboveTheCapIsRefusedNamingTheFloor() {
        assertThatThrownBy(() -> policy(BigDecimal.ONE, new BigDecimal("70"), Map.of(UnitKind.WARD, new BigDecimal("80")), null))
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> {
                    assertThat(e.field()).isEqualTo("floors.WARD");
                    assertThat(e.reason()).contains("above the cap");
                });
    }

    @Test
    void aGranularityOfZeroIsRefused() {
        assertThatThrownBy(() -> policy(BigDecimal.ZERO, null, Map.of(), null))
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> assertThat(e.field()).isEqualTo("granularity"));
    }

    @Test
    void aUniformTargetAboveTheCapIsRefused() {
        assertThatThrownBy(() -> policy(BigDecimal.ONE, new BigDecimal("50"), Map.of(), new BigDecimal("55")))
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> assertThat(e.field()).isEqualTo("uniform"));
    }

    @Test
    void seed000sRuleAddsOnePointRoundsUpAndKeepsBetweenFloorAndCap() {
        AllocationPolicy p = AllocationPolicy.dakLak2022();
        assertThat(p.ruleTarget(UnitKind.DEPARTMENT, new BigDecimal("97"))).isEqualByComparingTo("98");
        assertThat(p.ruleTarget(UnitKind.DEPARTMENT, new BigDecimal("92.57"))).isEqualByComparingTo("94");
        assertThat(p.ruleTarget(UnitKind.DEPARTMENT, new BigDecimal("99.96"))).isEqualByComparingTo("99");
        assertThat(p.ruleTarget(UnitKind.DISTRICT, new BigDecimal("0.02"))).isEqualByComparingTo("40");
        assertThat(p.ruleTarget(UnitKind.DEPARTMENT, null)).isEqualByComparingTo("50");
    }

    @Test
    void halfUpRoundsToTheNearestMultipleOfTheGranularity() {
        assertThat(Rounding.HALF_UP.apply(new BigDecimal("43.5"), new BigDecimal("5"))).isEqualByComparingTo("45");
        assertThat(Rounding.HALF_UP.apply(new BigDecimal("42.4"), new BigDecimal("5"))).isEqualByComparingTo("40");
        assertThat(Rounding.CEIL.apply(new BigDecimal("40.01"), new BigDecimal("0.5"))).isEqualByComparingTo("40.5");
        assertThat(Rounding.NONE.apply(new BigDecimal("40.01"), BigDecimal.ONE)).isEqualByComparingTo("40.01");
    }

    @Test
    void aUniformTargetReplacesTheRuleForEveryone() {
        AllocationPolicy p = policy(BigDecimal.ONE, null, Map.of(UnitKind.DEPARTMENT, new BigDecimal("50")), new BigDecimal("55"));
        assertThat(p.ruleTarget(UnitKind.DEPARTMENT, new BigDecimal("90"))).isEqualByComparingTo("55");
        assertThat(p.ruleTarget(UnitKind.DISTRICT, null)).isEqualByComparingTo("55");
    }
}
