package vn.chitieu.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.chitieu.period.Period;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/**
 * {@link DossierCounts} held densely (one array by cell) and sparsely (hash tables): the same figures, counted
 * in one part or in two added up (each way, and one of each), and the figures a small case gives by hand.
 */
class DossierCountsTest {

    private static final Period JUNE = Period.parse("2025-06");
    private static final long START = DossierTimes.startOf(JUNE.start());
    private static final long END = DossierTimes.endOf(JUNE.end());
    private static final long DAY = 86_400;
    private static final long NONE = DossierCounts.ABSENT;

    /** tinh ← huyen ← xa-1, xa-2; tinh ← so. Units in an order where a child comes before its parent. */
    private static final UnitTree TREE = UnitTree.of(List.of(
            unit("xa-1", UnitKind.COMMUNE, "huyen"),
            unit("so", UnitKind.DEPARTMENT, "tinh"),
            unit("huyen", UnitKind.DISTRICT, "tinh"),
            unit("xa-2", UnitKind.COMMUNE, "huyen"),
            unit("tinh", UnitKind.PROVINCE, null)));

    /** FULL with online payment, PARTIAL without, NONE with. */
    private static final Procedures PROCEDURES = Procedures.of(List.of(
            new Procedure("p-full", null, ProcedureLevel.FULL, true),
            new Procedure("p-partial", null, ProcedureLevel.PARTIAL, false),
            new Procedure("p-none", null, ProcedureLevel.NONE, true)));

    private static Unit unit(String code, UnitKind kind, String parent) {
        return new Unit(UnitCode.of(code), code, kind, parent == null ? null : UnitCode.of(parent));
    }

    private static int u(DossierCounts c, String code) {
        return c.indexOf(TREE.get(UnitCode.of(code)));
    }

    private record D(String unit, int procedure, int channel, int status, long received, long due, long finished,
            int paidOnline, boolean fee, boolean digitized, boolean eResult) {
    }

    private static void add(DossierCounts c, D d) {
        c.add(u(c, d.unit), d.procedure, d.channel, d.status, d.received, d.due, d.finished, d.paidOnline, d.fee,
                d.digitized, d.eResult);
    }

    private static DossierCounts count(boolean dense, List<D> dossiers) {
        DossierCounts c = new DossierCounts(JUNE, TREE, PROCEDURES, dense);
        dossiers.forEach(d -> add(c, d));
        return c;
    }

    /** unit → indicator → "b/a" (a ratio) or the count. */
    private static Map<String, Map<String, String>> figures(DossierCounts c) {
        Map<String, Map<String, String>> m = new HashMap<>();
        for (IndicatorFigure f : c.figures(null)) {
            m.computeIfAbsent(f.unit().value(), k -> new HashMap<>()).put(f.indicator().value(),
                    f.isCount() ? Long.toString(f.numerator()) : f.numerator() + "/" + f.denominator());
        }
        return m;
    }

    @Test
    void aSmallCaseCountsAsTheRulesSayDenseAndSparse() {
        List<D> dossiers = List.of(
                // xa-1, FULL: received online in June, finished on time, fee paid online, digitized
                new D("xa-1", 0, 2, 10, START + DAY, START + 5 * DAY, START + 2 * DAY, 1, true, true, true),
                // xa-2, FULL: received directly in June, finished late, fee not paid online
                new D("xa-2", 0, 1, 10, START + DAY, START + 2 * DAY, START + 3 * DAY, 0, true, false, false),
                // xa-2, PARTIAL: received in May, pending at the end of June, overdue
                new D("xa-2", 1, 1, 4, START - 10 * DAY, START + DAY, NONE, 0, false, false, false),
                // so, NONE: received online in June, pending, not overdue (no due)
                new D("so", 2, 2, 4, START + 3 * DAY, NONE, NONE, 0, false, false, false),
                // withdrawn: counts nowhere
                new D("xa-1", 1, 2, 7, START + DAY, NONE, NONE, 0, false, false, false));
        for (boolean dense : new boolean[] {true, false}) {
            DossierCounts c = count(dense, dossiers);
            assertThat(c.read()).isEqualTo(5);
            assertThat(c.excluded()).isEqualTo(1);
            Map<String, Map<String, String>> f = figures(c);
            assertThat(f.keySet()).as("dense " + dense).containsExactlyInAnyOrder("xa-1", "xa-2", "huyen", "so", "tinh");
            Map<String, String> huyen = f.get("huyen");
            assertThat(huyen.get("RECEIVED")).isEqualTo("2");
            assertThat(huyen.get("RESOLVED")).isEqualTo("2");
            assertThat(huyen.get("ON_TIME_RATE")).isEqualTo("1/3"); // one on time / (two finished + one overdue)
            assertThat(huyen.get("PROGRESS_RATE")).isEqualTo("1/3"); // (1 on time + 1 pending − 1 overdue) / (2 + 1)
            assertThat(huyen.get("ONLINE_RATE")).isEqualTo("1/2");
            assertThat(huyen.get("FULL_ONLINE_RATE")).isEqualTo("1/2");
            assertThat(huyen.get("DIGITIZATION_RATE")).isEqualTo("1/2");
            assertThat(huyen.get("ONLINE_PAYMENT_DOSSIERS")).isEqualTo("1/2");
            // p-full counted once over the two communes
            assertThat(huyen.get("ONLINE_PAYMENT_PROCEDURES")).isEqualTo("1/1");
            assertThat(huyen.get("ONLINE_SERVICE_UPTAKE")).isEqualTo("1/1");
            Map<String, String> tinh = f.get("tinh");
            assertThat(tinh.get("RECEIVED")).isEqualTo("3");
            assertThat(tinh.get("PROGRESS_RATE")).isEqualTo("2/4");
            assertThat(tinh.get("ONLINE_RATE")).isEqualTo("1/2"); // p-none is not offered online
            assertThat(f.get("so").get("ONLINE_RATE")).isEqualTo("0/0");
            assertThat(c.count(u(c, "xa-2"), 0, DossierCounts.FINISHED)).isEqualTo(1);
            assertThat(c.count(u(c, "huyen"), 0, DossierCounts.FINISHED)).as("a unit's own cell, not its subtree")
                    .isZero();
        }
    }

    @Test
    void denseAndSparseGiveTheSameFiguresAndSoDoTheirSumsOfParts() {
        Random random = new Random(7);
        String[] units = {"xa-1", "xa-2", "huyen", "so", "tinh"};
        List<D> dossiers = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            long received = START + (random.nextInt(50) - 20) * DAY + random.nextInt(86_400);
            long due = random.nextInt(4) == 0 ? NONE : received + random.nextInt(20) * DAY;
            long finished = random.nextInt(3) == 0 ? NONE : received + random.nextInt(30) * DAY;
            dossiers.add(new D(units[random.nextInt(units.length)], random.nextInt(3), 1 + random.nextInt(3),
                    1 + random.nextInt(10), received, due, finished, random.nextInt(3), random.nextBoolean(),
                    random.nextBoolean(), random.nextBoolean()));
        }
        Map<String, Map<String, String>> dense = figures(count(true, dossiers));
        Map<String, Map<String, String>> sparse = figures(count(false, dossiers));
        assertThat(dense).hasSize(5);
        assertThat(dense.get("tinh").get("RECEIVED")).isNotEqualTo("0");
        assertThat(sparse).isEqualTo(dense);
        List<D> first = dossiers.subList(0, 1000);
        List<D> rest = dossiers.subList(1000, dossiers.size());
        for (boolean a : new boolean[] {true, false}) {
            for (boolean b : new boolean[] {true, false}) {
                DossierCounts sum = count(a, first);
                sum.addAll(count(b, rest));
                assertThat(figures(sum)).as("dense " + a + " + dense " + b).isEqualTo(dense);
                assertThat(sum.read()).isEqualTo(3000);
            }
        }
    }

    @Test
    void partsSharingTheCountersOnTwoThreadsGiveTheSameFigures() throws InterruptedException {
        Random random = new Random(11);
        String[] units = {"xa-1", "xa-2", "huyen", "so", "tinh"};
        List<D> dossiers = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            long received = START + (random.nextInt(40) - 10) * DAY;
            long finished = random.nextInt(3) == 0 ? NONE : received + random.nextInt(30) * DAY;
            dossiers.add(new D(units[random.nextInt(units.length)], random.nextInt(3), 1 + random.nextInt(3),
                    1 + random.nextInt(10), received, received + random.nextInt(20) * DAY, finished,
                    random.nextInt(3), random.nextBoolean(), random.nextBoolean(), random.nextBoolean()));
        }
        DossierCounts whole = count(true, dossiers);
        for (boolean dense : new boolean[] {true, false}) {
            DossierCounts first = new DossierCounts(JUNE, TREE, PROCEDURES, dense);
            DossierCounts second = first.sharing();
            Thread a = new Thread(() -> dossiers.subList(0, 100_000).forEach(d -> add(first, d)));
            Thread b = new Thread(() -> dossiers.subList(100_000, dossiers.size()).forEach(d -> add(second, d)));
            a.start();
            b.start();
            a.join();
            b.join();
            first.addAll(second);
            assertThat(first.read()).isEqualTo(200_000);
            assertThat(first.excluded()).isEqualTo(whole.excluded());
            assertThat(figures(first)).as("dense " + dense).isEqualTo(figures(whole));
        }
    }

    @org.junit.jupiter.api.Test
    void aSmallFileIsNotCountedInATableOfEveryCell() {
        long cells = 651L * 2_000; // a province's units × its procedures
        org.assertj.core.api.Assertions.assertThat(DossierCounts.denseFor(cells, 2_000_000)).isTrue();
        org.assertj.core.api.Assertions.assertThat(DossierCounts.denseFor(cells, -1)).isTrue(); // size not known
        org.assertj.core.api.Assertions.assertThat(DossierCounts.denseFor(cells, 10)).isFalse();
        org.assertj.core.api.Assertions.assertThat(DossierCounts.denseFor(cells, cells / 8 - 1)).isFalse();
        org.assertj.core.api.Assertions.assertThat(DossierCounts.denseFor(cells, cells / 8)).isTrue();
        org.assertj.core.api.Assertions.assertThat(DossierCounts.denseFor(1L << 40, 1L << 40)).isFalse(); // too many cells
    }
}
