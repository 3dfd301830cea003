package vn.chitieu.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/** Legal minimums (domain.md §4): the floor of a kind is the highest, with its source; one check lists every target below it. */
class MinimumsTest {

    private static final IndicatorCode DIGITIZATION = IndicatorCode.of("DIGITIZATION_RATE");
    private static final Period Y2023 = Period.year(2023);

    private static Minimum min(String source, UnitKind kind, String value) {
        return new Minimum(source, DIGITIZATION, kind, new BigDecimal(value));
    }

    private static Minimums.Target target(String unit, UnitKind kind, String value) {
        return new Minimums.Target(UnitCode.of(unit), kind, DIGITIZATION, Y2023, new BigDecimal(value));
    }

    @Test
    void theFloorOfAKindIsItsHighestMinimumAndEveryTargetBelowItIsListed() {
        Minimums minimums = Minimums.of(List.of(min("876/QĐ-BNV", UnitKind.COMMUNE, "15"),
                min("55/QĐ-UBND", UnitKind.COMMUNE, "18"), min("876/QĐ-BNV", UnitKind.DISTRICT_OFFICE, "25")));

        assertThat(minimums.floor(DIGITIZATION, UnitKind.COMMUNE)).get().extracting(Minimum::source).isEqualTo("55/QĐ-UBND");
        assertThat(minimums.floor(DIGITIZATION, UnitKind.WARD)).isEmpty();
        assertThat(minimums.floor(IndicatorCode.of("ONLINE_RATE"), UnitKind.COMMUNE)).isEmpty();

        List<MinimumViolation> below = minimums.violations(List.of(target("xa-a", UnitKind.COMMUNE, "16"),
                target("phong-a", UnitKind.DISTRICT_OFFICE, "25"), target("xa-b", UnitKind.COMMUNE, "18"),
                target("phuong-a", UnitKind.WARD, "0"), target("phong-b", UnitKind.DISTRICT_OFFICE, "24.99")));

        assertThat(below).extracting(MinimumViolation::describe).containsExactly(
                "xa-a DIGITIZATION_RATE 2023: 16 < 18 (55/QĐ-UBND, COMMUNE)",
                "phong-b DIGITIZATION_RATE 2023: 24.99 < 25 (876/QĐ-BNV, DISTRICT_OFFICE)");
        assertThatThrownBy(() -> minimums.requireMet(List.of(target("xa-a", UnitKind.COMMUNE, "10"))))
                .isInstanceOf(BelowMinimumException.class).hasMessageContaining("xa-a DIGITIZATION_RATE 2023: 10 < 18");
    }

    @Test
    void minimumsRaiseThePolicysFloorsOfItsIndicatorOnlyAndOneAboveTheCapIsRefused() {
        AllocationPolicy policy = new AllocationPolicy(DIGITIZATION, BigDecimal.ONE, Rounding.CEIL, BigDecimal.ONE,
                BigDecimal.valueOf(30), Map.of(UnitKind.COMMUNE, BigDecimal.TEN, UnitKind.WARD, BigDecimal.valueOf(20)),
                NoBaselineRule.FLOOR, null);
        Minimums minimums = Minimums.of(List.of(min("876/QĐ-BNV", UnitKind.COMMUNE, "15"),
                min("876/QĐ-BNV", UnitKind.WARD, "15"), min("876/QĐ-BNV", UnitKind.TOWNSHIP, "15"),
                new Minimum("X", IndicatorCode.of("ONLINE_RATE"), UnitKind.DISTRICT, BigDecimal.valueOf(90))));

        AllocationPolicy raised = minimums.raise(policy);

        assertThat(raised.floor(UnitKind.COMMUNE)).isEqualByComparingTo("15");
        assertThat(raised.floor(UnitKind.WARD)).isEqualByComparingTo("20");
        assertThat(raised.floor(UnitKind.TOWNSHIP)).isEqualByComparingTo("15");
        assertThat(raised.floors()).doesNotContainKey(UnitKind.DISTRICT);

        Minimums aboveCap = Minimums.of(List.of(min("876/QĐ-BNV", UnitKind.DISTRICT_OFFICE, "35")));
        assertThatThrownBy(() -> aboveCap.raise(policy)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.column()).isEqualTo("cap");
                    assertThat(p.reason()).contains("35 (876/QĐ-BNV)").contains("DISTRICT_OFFICE");
                }));
    }

    @Test
    void aMinimumIsHeldToItsIndicatorsRange() {
        var catalogue = IndicatorCatalogue.builtIn();
        assertThatThrownBy(() -> Minimum.of("876/QĐ-BNV", catalogue.find(DIGITIZATION).orElseThrow(), UnitKind.COMMUNE,
                new BigDecimal("100.5"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0–100");
        assertThat(Minimum.of("01/CT-BTTTT", catalogue.find("EDOC_SENT").orElseThrow(), UnitKind.COMMUNE,
                new BigDecimal("500")).minimum()).isEqualByComparingTo("500");
    }

    @Test
    void aCascadeChildWithoutBaselineWhoseKindHasNoFloorIsRefusedInsteadOfStartingAt0() {
        AllocationPolicy floorsForWardsOnly = new AllocationPolicy(IndicatorCode.of("ONLINE_RATE"), BigDecimal.ONE,
                Rounding.CEIL, BigDecimal.ONE, BigDecimal.valueOf(99), Map.of(UnitKind.WARD, BigDecimal.valueOf(80)),
                NoBaselineRule.CAP, null);
        List<CascadeChild> children = List.of(
                CascadeChild.of(UnitCode.of("phuong-an-binh"), UnitKind.WARD, BigDecimal.valueOf(820), null),
                CascadeChild.of(UnitCode.of("xa-binh-thuan"), UnitKind.COMMUNE, BigDecimal.valueOf(1480), new BigDecimal("12.6")),
                CascadeChild.of(UnitCode.of("xa-ea-sien"), UnitKind.COMMUNE, BigDecimal.valueOf(1250), null));

        assertThatThrownBy(() -> new Cascade(floorsForWardsOnly).plan(UnitCode.of("buon-ho"), BigDecimal.valueOf(60), children))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.column()).isEqualTo("floors.COMMUNE");
                            assertThat(p.reason()).contains("xa-ea-sien").doesNotContain("xa-binh-thuan");
                        }));
    }
}
