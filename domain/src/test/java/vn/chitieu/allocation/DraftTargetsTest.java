package vn.chitieu.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.fixtures.CsvTables;
import vn.chitieu.fixtures.DakLakUnits;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;
import vn.chitieu.text.NumberReader;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

class DraftTargetsTest {

    private final UnitTree tree = UnitTree.of(DakLakUnits.of2022());
    private final NameResolver names = new NameResolver(tree);

    private Allocation dakLak2022() {
        List<Baseline> baselines = AllocationInputs.baselines(CsvTables.resource("daklak-2022/baseline-2021.csv"), names,
                IndicatorCode.of("ONLINE_RATE"));
        List<TargetOverride> overrides = AllocationInputs.overrides(CsvTables.resource("daklak-2022/overrides.csv"), names);
        return new DraftTargets(AllocationPolicy.dakLak2022()).draft(DraftTargets.recipients(tree), baselines, overrides, 2022);
    }

    private static Map<UnitCode, BigDecimal> expected() {
        Map<UnitCode, BigDecimal> out = new LinkedHashMap<>();
        Table t = CsvTables.resource("daklak-2022/expected-targets-2022.csv");
        for (TableRow row : t.rows()) {
            out.put(UnitCode.of(row.get("unit")), NumberReader.percent(row.get("target")).orElseThrow());
        }
        return out;
    }

    @Test
    void theDakLak2022DecisionIsReproducedRowForRow() {
        Allocation a = dakLak2022();
        Map<UnitCode, BigDecimal> expected = expected();
        assertThat(a.rows()).hasSize(33);
        assertThat(a.rows()).extracting(DraftedTarget::unit).containsExactlyElementsOf(expected.keySet());
        for (DraftedTarget row : a.rows()) {
            assertThat(row.target()).as(row.unit().value()).isEqualByComparingTo(expected.get(row.unit()));
        }
    }

    @Test
    void theFourOverriddenRowsKeepTheRulesTargetBesideTheirs() {
        Allocation a = dakLak2022();
        assertThat(a.flagged(AllocationFlag.OVERRIDDEN)).extracting(r -> r.unit().value(), r -> r.ruleTarget().intValue(),
                r -> r.target().intValue()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("so-noi-vu", 94, 87),
                        org.assertj.core.groups.Tuple.tuple("so-thong-tin-va-truyen-thong", 99, 98),
                        org.assertj.core.groups.Tuple.tuple("so-y-te", 99, 98),
                        org.assertj.core.groups.Tuple.tuple("buon-ma-thuot", 80, 79));
        assertThat(a.row(UnitCode.of("so-noi-vu")).orElseThrow().reason()).contains("đề xuất");
    }

    @Test
    void aTargetUnderTheUnitsOwnBaselineIsFlaggedButACappedOneIsNot() {
        Allocation a = dakLak2022();
        assertThat(a.row(UnitCode.of("so-noi-vu")).orElseThrow().flags()).contains(AllocationFlag.BELOW_BASELINE);
        assertThat(a.row(UnitCode.of("so-cong-thuong")).orElseThrow().flags()).doesNotContain(AllocationFlag.BELOW_BASELINE);
    }

    @Test
    void aUnitWithoutDossiersGetsItsFloorFlaggedNoData() {
        DraftedTarget ban = dakLak2022().row(UnitCode.of("ban-quan-ly-cac-khu-cong-nghiep-tinh")).orElseThrow();
        assertThat(ban.baseline()).isNull();
        assertThat(ban.target()).isEqualByComparingTo("50");
        assertThat(ban.flags()).containsExactly(AllocationFlag.NO_DATA);
        assertThat(ban.procedures()).isEqualTo(9);
    }

    @Test
    void anOverrideWithoutAReasonIsRefusedWithItsLine() {
        Table t = CsvTables.of("overrides.csv", List.of("unit,target,reason", "so-noi-vu,87,", "Sở Y tế,98,đề xuất"));
        assertThatThrownBy(() -> AllocationInputs.overrides(t, names))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).line()).isEqualTo(2);
                    assertThat(e.problems().get(0).column()).isEqualTo("reason");
                });
    }

    @Test
    void anOverrideForAUnitThatGetsNoTargetIsRefused() {
        List<TargetOverride> o = List.of(new TargetOverride(UnitCode.of("daklak"), BigDecimal.TEN, "why not"));
        assertThatThrownBy(() -> new DraftTargets(AllocationPolicy.dakLak2022()).draft(DraftTargets.recipients(tree),
                List.of(), o, 2022)).isInstanceOf(InvalidInputException.class).hasMessageContaining("daklak");
    }

    @Test
    void baselinesMayNameUnitsAsDocumentsPrintThem() {
        Table t = CsvTables.of("b.csv", List.of("unit,indicator,period,rate", "UBND huyện M Đrăk,ONLINE_RATE,2021,\"0,03%\""));
        List<Baseline> b = AllocationInputs.baselines(t, names, IndicatorCode.of("ONLINE_RATE"));
        assertThat(b).singleElement().satisfies(x -> {
            assertThat(x.unit()).isEqualTo(UnitCode.of("m-drak"));
            assertThat(x.value()).isEqualByComparingTo("0.03");
        });
    }
}
