package vn.chitieu.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/**
 * The fast solver on many children, where the properties' small instances do not go: long
 * groups of children sharing a break point, break points that differ only in the seventh digit,
 * and targets that land on every part of the range. Each plan must be the BigDecimal solver's.
 */
class ScaledCascadeTest {

    private static final UnitCode PARENT = UnitCode.of("parent");
    private final Cascade cascade = new Cascade(AllocationPolicy.dakLak2022());

    @Test
    void manyChildrenAtTheirFloorsWithFewReadinessValuesGetTheBigDecimalSolversPlan() {
        SplittableRandom random = new SplittableRandom(7);
        UnitKind[] kinds = {UnitKind.WARD, UnitKind.TOWNSHIP, UnitKind.COMMUNE, UnitKind.COMMUNE};
        List<CascadeChild> children = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            BigDecimal baseline = random.nextInt(3) == 0 ? BigDecimal.valueOf(random.nextInt(0, 10001), 2) : null;
            BigDecimal readiness = BigDecimal.valueOf(random.nextInt(95, 101), 2);
            BigDecimal cap = random.nextInt(20) == 0 ? BigDecimal.valueOf(random.nextInt(85, 100)) : null;
            children.add(new CascadeChild(UnitCode.of("c" + i), null, kinds[i % kinds.length],
                    BigDecimal.valueOf(random.nextInt(0, 50)), baseline, readiness, cap));
        }
        for (String target : List.of("45", "60", "72.5", "80", "85", "90.01", "95", "98.99")) {
            assertSamePlan(new BigDecimal(target), children);
        }
    }

    @Test
    void breakPointsThatOnlyTheSeventhDigitTellsApartAreOrderedExactly() {
        // (99 − 40) / 0.59 = 100 and (99 − 40.0001) / 0.590001 ≈ 99.99999830...: the same as a float
        List<CascadeChild> children = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean nudged = i % 3 == 0;
            children.add(new CascadeChild(UnitCode.of("c" + i), null, UnitKind.COMMUNE, BigDecimal.valueOf(1 + i % 7),
                    nudged ? new BigDecimal("39.0001") : null, new BigDecimal(nudged ? "0.590001" : "0.59"), null));
        }
        for (String target : List.of("50", "90", "98", "98.9999")) {
            assertSamePlan(new BigDecimal(target), children);
        }
    }

    @Test
    void partsReadAtDifferentScalesAreBroughtToTheSameOnes() {
        // 6,000 children are read in parts on several threads: the first third has whole weights
        // and two-decimal readiness, the middle third four-decimal baselines, the last third
        // five-decimal readiness and one-decimal weights, so each part finds its own scales
        // (small enough numbers for the exact long products)
        SplittableRandom random = new SplittableRandom(11);
        List<CascadeChild> children = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            int third = i / 2000;
            BigDecimal weight = third == 2 ? BigDecimal.valueOf(random.nextInt(1, 500), 1)
                    : BigDecimal.valueOf(random.nextInt(1, 500));
            BigDecimal baseline = random.nextInt(8) == 0 ? null
                    : third == 1 ? BigDecimal.valueOf(random.nextInt(0, 1_000_001), 4)
                    : BigDecimal.valueOf(random.nextInt(0, 10_001), 2);
            BigDecimal readiness = third == 2 ? BigDecimal.valueOf(random.nextInt(30_000, 100_001), 5)
                    : BigDecimal.valueOf(random.nextInt(30, 101), 2);
            children.add(new CascadeChild(UnitCode.of("c" + i), null, i % 2 == 0 ? UnitKind.COMMUNE : UnitKind.WARD,
                    weight, baseline, readiness, null));
        }
        for (String target : List.of("50", "75", "85.5", "93", "97.25", "98.99")) {
            assertSamePlan(new BigDecimal(target), children);
        }
    }

    @Test
    void thousandsOfEqualBreakPointsLeaveOnlyAFewPivots() {
        List<CascadeChild> children = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            boolean odd = i % 1000 == 999;
            children.add(new CascadeChild(UnitCode.of("c" + i), null, UnitKind.COMMUNE, BigDecimal.valueOf(10),
                    new BigDecimal(odd ? "52.5" : "50"), new BigDecimal(odd ? "0.7" : "0.8"), null));
        }
        for (String target : List.of("50", "60", "75", "90", "98.5")) {
            assertSamePlan(new BigDecimal(target), children);
        }
    }

    @Test
    void plansMadeAtTheSameTimeOnManyThreadsAreThoseMadeOneByOne() throws Exception {
        // each plan splits its passes over the common pool, which concurrent callers share
        SplittableRandom random = new SplittableRandom(3);
        List<CascadeChild> children = new ArrayList<>();
        for (int i = 0; i < 9000; i++) {
            children.add(new CascadeChild(UnitCode.of("c" + i), null, i % 3 == 0 ? UnitKind.WARD : UnitKind.COMMUNE,
                    BigDecimal.valueOf(random.nextInt(1, 3000)), BigDecimal.valueOf(random.nextInt(0, 10001), 2),
                    BigDecimal.valueOf(random.nextInt(40, 101), 2), null));
        }
        List<BigDecimal> targets = List.of(new BigDecimal("70"), new BigDecimal("80"), new BigDecimal("88.5"),
                new BigDecimal("95"));
        List<CascadePlan> alone = targets.stream().map(t -> cascade.plan(PARENT, t, children)).toList();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<CascadePlan>> together = new ArrayList<>();
            for (int k = 0; k < 32; k++) {
                BigDecimal t = targets.get(k % targets.size());
                together.add(callers.submit(() -> cascade.plan(PARENT, t, children)));
            }
            for (int k = 0; k < together.size(); k++) {
                CascadePlan expected = alone.get(k % targets.size());
                CascadePlan got = together.get(k).get(60, TimeUnit.SECONDS);
                assertThat(got.delta()).isEqualByComparingTo(expected.delta());
                assertThat(got.achieved()).isEqualByComparingTo(expected.achieved());
                for (int i = 0; i < children.size(); i++) {
                    assertThat(got.rows().get(i).target()).as("target of c" + i)
                            .isEqualByComparingTo(expected.rows().get(i).target());
                }
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void thePlansRowsCannotBeChanged() {
        CascadePlan plan = cascade.plan(PARENT, new BigDecimal("85"), List.of(
                CascadeChild.of(UnitCode.of("a"), UnitKind.WARD, BigDecimal.TEN, new BigDecimal("70"))));
        assertThatThrownBy(() -> plan.rows().set(0, plan.rows().get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.rows().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(plan.rows()).isEqualTo(List.copyOf(plan.rows()));
    }

    private void assertSamePlan(BigDecimal target, List<CascadeChild> children) {
        CascadePlan fast = ScaledCascade.tryPlan(AllocationPolicy.dakLak2022(), PARENT, target, children);
        assertThat(fast).as("the scaled solver holds these numbers").isNotNull();
        CascadePlan exact = cascade.planWithBigDecimal(PARENT, target, children);
        assertThat(fast.feasible()).as("feasible at " + target).isEqualTo(exact.feasible());
        if (exact.delta() != null) {
            assertThat(fast.delta()).as("δ at " + target).isEqualByComparingTo(exact.delta());
            assertThat(fast.achieved()).as("achieved at " + target).isEqualByComparingTo(exact.achieved());
        }
        for (int i = 0; i < children.size(); i++) {
            assertThat(fast.rows().get(i).base()).as("base of c" + i).isEqualByComparingTo(exact.rows().get(i).base());
            assertThat(fast.rows().get(i).target()).as("target of c" + i + " at " + target)
                    .isEqualByComparingTo(exact.rows().get(i).target());
        }
    }
}
