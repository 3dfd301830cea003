package vn.chitieu.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.fixtures.CsvTables;
import vn.chitieu.table.Table;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

class CascadeTest {

    private static final UnitCode BUON_HO = UnitCode.of("buon-ho");
    private final Cascade cascade = new Cascade(AllocationPolicy.dakLak2022());

    private static CascadeChild child(String code, UnitKind kind, String weight, String baseline) {
        return CascadeChild.of(UnitCode.of(code), kind, new BigDecimal(weight), baseline == null ? null : new BigDecimal(baseline));
    }

    private static BigDecimal target(CascadePlan plan, String code) {
        return plan.rows().stream().filter(r -> r.unit().value().equals(code)).findFirst().orElseThrow().target();
    }

    @Test
    void whenTheFloorsAloneReachTheTargetNobodyIsRaised() {
        CascadePlan plan = cascade.solve(BUON_HO, new BigDecimal("45"), List.of(
                child("p1", UnitKind.WARD, "100", "10"),
                child("x1", UnitKind.COMMUNE, "100", "5")));
        assertThat(plan.delta()).isEqualByComparingTo("0");
        assertThat(target(plan, "p1")).isEqualByComparingTo("80");
        assertThat(target(plan, "x1")).isEqualByComparingTo("40");
        assertThat(plan.achieved()).isEqualByComparingTo("60");
    }

    @Test
    void cascadeRaisesEveryChildByTheSameUpliftUntilTheWeightedTargetIsMet() {
        // bases 80 and 40, equal weights: (80 + δ + 40 + δ) / 2 = 70 → δ = 10
        CascadePlan plan = cascade.solve(BUON_HO, new BigDecimal("70"), List.of(
                child("p1", UnitKind.WARD, "1", null),
                child("x1", UnitKind.COMMUNE, "1", null)));
        assertThat(plan.delta()).isEqualByComparingTo("10");
        assertThat(target(plan, "p1")).isEqualByComparingTo("90");
        assertThat(target(plan, "x1")).isEqualByComparingTo("50");
    }

    @Test
    void aChildAtItsCapStopsAndTheOthersCarryTheRest() {
        // ward base 80 caps at 99 after δ = 19; then the commune alone: (99 + 40 + δ)/2 = 90 → δ = 41
        CascadePlan plan = cascade.solve(BUON_HO, new BigDecimal("90"), List.of(
                child("p1", UnitKind.WARD, "1", null),
                child("x1", UnitKind.COMMUNE, "1", null)));
        assertThat(plan.delta()).isEqualByComparingTo("41");
        assertThat(target(plan, "p1")).isEqualByComparingTo("99");
        assertThat(target(plan, "x1")).isEqualByComparingTo("81");
    }

    @Test
    void lowReadinessSlowsAChildsRise() {
        // (40 + δ) + (40 + δ/2) = 2·70 → δ = 40: targets 80 and 60
        CascadePlan plan = cascade.solve(BUON_HO, new BigDecimal("70"), List.of(
                child("x1", UnitKind.COMMUNE, "1", null),
                new CascadeChild(UnitCode.of("x2"), null, UnitKind.COMMUNE, BigDecimal.ONE, null, new BigDecimal("0.5"), null)));
        assertThat(plan.delta()).isEqualByComparingTo("40");
        assertThat(target(plan, "x1")).isEqualByComparingTo("80");
        assertThat(target(plan, "x2")).isEqualByComparingTo("60");
    }

    @Test
    void targetsAreRoundedUpToTheGranularityAndTheAchievedValueReported() {
        // (40 + δ)·1 + (40 + δ)·2 = 3·45.5 → δ = 5.5, targets 45.5 → 46
        CascadePlan plan = cascade.solve(BUON_HO, new BigDecimal("45.5"), List.of(
                child("x1", UnitKind.COMMUNE, "1", null),
                child("x2", UnitKind.COMMUNE, "2", null)));
        assertThat(plan.delta()).isEqualByComparingTo("5.5");
        assertThat(target(plan, "x1")).isEqualByComparingTo("46");
        assertThat(plan.achieved()).isEqualByComparingTo("46");
    }

    @Test
    void anUnreachableTargetIsRefusedWithTheBestReachableValue() {
        List<CascadeChild> children = List.of(
                child("p1", UnitKind.WARD, "1", null),
                new CascadeChild(UnitCode.of("x1"), null, UnitKind.COMMUNE, BigDecimal.ONE, null, null, new BigDecimal("60")));
        assertThatThrownBy(() -> cascade.solve(BUON_HO, new BigDecimal("90"), children))
                .isInstanceOfSatisfying(InfeasibleTargetException.class, e -> {
                    assertThat(e.bestReachable()).isEqualByComparingTo("79.5");
                    assertThat(e.code()).isEqualTo("INFEASIBLE_TARGET");
                    assertThat(e.plan().feasible()).isFalse();
                });
    }

    @Test
    void aBaselineAboveTheCapStartsAtTheCap() {
        CascadePlan plan = cascade.solve(BUON_HO, new BigDecimal("50"), List.of(child("p1", UnitKind.WARD, "1", "99.5")));
        assertThat(plan.rows().get(0).base()).isEqualByComparingTo("99");
        assertThat(plan.rows().get(0).target()).isEqualByComparingTo("99");
    }

    @Test
    void childrenThatAllWeighNothingAreRefusedNotCalledFeasible() {
        // issue 10: every weight 0 used to answer "feasible" with achieved null: Σ w t / Σ w is 0 / 0
        assertThatThrownBy(() -> cascade.plan(BUON_HO, new BigDecimal("95"),
                List.of(child("x1", UnitKind.COMMUNE, "0", "12.3"), child("x2", UnitKind.WARD, "0", "50"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::column, InputProblem::reason)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("weight", Cascade.ZERO_WEIGHTS)));
        assertThat(Cascade.ZERO_WEIGHTS).startsWith("the weights sum to 0");
    }

    @Test
    void aChildThatWeighsNothingBesideOthersStillGetsItsFloor() {
        CascadePlan plan = cascade.solve(BUON_HO, new BigDecimal("45"),
                List.of(child("x1", UnitKind.COMMUNE, "0", "12.3"), child("x2", UnitKind.COMMUNE, "10", "50")));
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.rows().get(0).target()).isEqualByComparingTo("40");
        assertThat(plan.achieved()).isNotNull();
    }

    @Test
    void theParentGivenAsItsOwnChildIsRefused() {
        assertThatThrownBy(() -> cascade.plan(BUON_HO, new BigDecimal("45"),
                List.of(child("x1", UnitKind.COMMUNE, "10", "50"), child(BUON_HO.value(), UnitKind.DISTRICT, "5", "50"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::column, InputProblem::value)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("unit", BUON_HO.value())));
    }

    @Test
    void aBaselineAbove100IsRefusedForAChild() {
        assertThatThrownBy(() -> child("x1", UnitKind.COMMUNE, "10", "150"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0–100 %");
    }

    @Test
    void manyChildrenSharingABreakPointAreOrderedExactlyAndAgreeWithTheBigDecimalSolver() {
        // (99 - 40) / 1 = 59 = (99 - 69.5) / 0.5 = (99 - 84.25) / 0.25: one break point, many ways to write it
        java.util.List<CascadeChild> children = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 300; i++) {
            String[][] kinds = {{"40", "1"}, {"69.5", "0.5"}, {"84.25", "0.25"}, {"84.24", "0.25"}, {"84.26", "0.25"}};
            String[] k = kinds[random.nextInt(kinds.length)];
            BigDecimal baseline = new BigDecimal(k[0]).subtract(BigDecimal.ONE);
            children.add(new CascadeChild(UnitCode.of("x" + i), null, UnitKind.COMMUNE,
                    BigDecimal.valueOf(1 + random.nextInt(900)), baseline, new BigDecimal(k[1]), null));
        }
        for (String t : List.of("60", "75", "90", "98.5")) {
            CascadePlan fast = cascade.solve(BUON_HO, new BigDecimal(t), children);
            CascadePlan exact = cascade.planWithBigDecimal(BUON_HO, new BigDecimal(t), children);
            assertThat(fast.delta()).as(t).isEqualByComparingTo(exact.delta());
            assertThat(fast.achieved()).as(t).isEqualByComparingTo(exact.achieved());
            for (int i = 0; i < children.size(); i++) {
                assertThat(fast.rows().get(i).target()).as(t + " " + i).isEqualByComparingTo(exact.rows().get(i).target());
            }
        }
    }

    @Test
    void numbersTooLargeForLongsAreSolvedWithBigDecimal() {
        // weights of 10^17 overflow the scaled solver: (40 + δ)·w + (80 + δ)·w = 2w·70 → δ = 10
        BigDecimal huge = new BigDecimal("100000000000000000");
        CascadePlan plan = cascade.solve(BUON_HO, new BigDecimal("70"), List.of(
                new CascadeChild(UnitCode.of("x1"), null, UnitKind.COMMUNE, huge, null, null, null),
                new CascadeChild(UnitCode.of("p1"), null, UnitKind.WARD, huge, null, null, null)));
        assertThat(plan.delta()).isEqualByComparingTo("10");
        assertThat(plan.rows().get(0).target()).isEqualByComparingTo("50");
    }

    @Test
    void inputsWithManyDecimalsAreSolvedExactlyToo() {
        // readiness 1/3 written with 9 decimals: (40 + δ·0.333333333) = 50 → δ = 10 / 0.333333333
        CascadePlan plan = cascade.solve(BUON_HO, new BigDecimal("50"), List.of(
                new CascadeChild(UnitCode.of("x1"), null, UnitKind.COMMUNE, BigDecimal.ONE, null,
                        new BigDecimal("0.333333333"), null)));
        assertThat(plan.delta()).isEqualByComparingTo(BigDecimal.TEN.divide(new BigDecimal("0.333333333"), Cascade.PRECISION));
        assertThat(plan.rows().get(0).target()).isEqualByComparingTo("50");
    }

    @Test
    void aTargetAbove100IsBadInput() {
        assertThatThrownBy(() -> cascade.plan(BUON_HO, new BigDecimal("101"), List.of(child("x1", UnitKind.COMMUNE, "1", null))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aChildrenFileWithANegativeWeightIsRefusedWithItsLine() {
        Table t = CsvTables.of("children.csv", List.of("unit,kind,weight,baseline", "phuong-an-lac,WARD,1200,\"70,5%\"",
                "xa-ea-drong,COMMUNE,-5,30"));
        assertThatThrownBy(() -> CascadeChildren.read(t)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("children.csv");
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.column()).isEqualTo("weight");
                assertThat(p.value()).isEqualTo("-5");
            });
        });
    }

    @Test
    void aWeightIsReadAsADossierCountWithThousandsDotsOrAsADecimal() {
        Table t = CsvTables.of("children.csv", List.of("unit,kind,weight,baseline", "p1,WARD,38.122,", "p2,WARD,\"1,5\",",
                "p3,WARD,2.5,"));
        assertThat(CascadeChildren.read(t)).extracting(CascadeChild::weight).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("38122"), new BigDecimal("1.5"), new BigDecimal("2.5"));
    }

    @Test
    void aChildNamedInsteadOfCodedGetsACodeFoldedFromItsName() {
        Table t = CsvTables.of("children.csv", List.of("unit,kind,weight,baseline,readiness", "Phường An Lạc,WARD,1200,\"70,5%\",\"0,8\""));
        assertThat(CascadeChildren.read(t)).singleElement().satisfies(c -> {
            assertThat(c.unit()).isEqualTo(UnitCode.of("phuong-an-lac"));
            assertThat(c.name()).isEqualTo("Phường An Lạc");
            assertThat(c.baseline()).isEqualByComparingTo("70.5");
            assertThat(c.readiness()).isEqualByComparingTo("0.8");
        });
    }

    @Test
    void aPolicyWithoutAFloorForAKindStartsThatKindAtItsBaseline() {
        Cascade plain = new Cascade(new AllocationPolicy(null, BigDecimal.ZERO, Rounding.CEIL, BigDecimal.ONE, null,
                Map.of(), null, null));
        CascadePlan plan = plain.solve(BUON_HO, new BigDecimal("10"), List.of(child("x1", UnitKind.COMMUNE, "1", "12.3")));
        assertThat(plan.rows().get(0).floor()).isEqualByComparingTo("0");
        assertThat(plan.rows().get(0).target()).isEqualByComparingTo("13");
    }
}
