package vn.chitieu.application.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chitieu.allocation.AllocationFlag;
import vn.chitieu.allocation.AllocationPolicy;
import vn.chitieu.allocation.DraftedTarget;
import vn.chitieu.allocation.NoBaselineRule;
import vn.chitieu.allocation.Rounding;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.fixtures.CsvTables;
import vn.chitieu.table.Table;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;
import vn.chitieu.unit.UnitsTable;

/** Drafting 2026's targets for the new communes from the old communes' 2025 counts through a lineage. */
class DraftThroughLineageTest {

    private static final UnitTree REGISTRY = UnitsTable.read(CsvTables.of("units.csv", List.of(
            "code,name,kind,parent,aliases,validFrom,validTo",
            "tinh,UBND tỉnh Tân Lộc,PROVINCE,,,,",
            "so-noi-vu,Sở Nội vụ,DEPARTMENT,tinh,,,",
            "huyen,UBND huyện Phú Giáo,DISTRICT,tinh,,,2025-06-30",
            "a,Xã An Bình,COMMUNE,huyen,,,2025-06-30",
            "b,Xã Bình Minh,COMMUNE,huyen,,,2025-06-30",
            "c,Xã Cát Tiên,COMMUNE,huyen,,,2025-06-30",
            "d,Xã Đồng Xoài,COMMUNE,huyen,,,2025-06-30",
            "e,Xã Eo Gió,COMMUNE,huyen,,,2025-06-30",
            "abc,Xã An Bình,COMMUNE,tinh,,2025-07-01,",
            "d1,Xã Đồng Xoài Bắc,COMMUNE,tinh,,2025-07-01,",
            "d2,Xã Đồng Xoài Nam,COMMUNE,tinh,,2025-07-01,")));

    private static final Table LINEAGE = CsvTables.of("lineage.csv", List.of("from,to,share,date",
            "a,abc,,2025-07-01", "b,abc,,2025-07-01", "c,abc,,2025-07-01",
            "d,d1,0.6,2025-07-01", "d,d2,0.4,2025-07-01", "e,d2,,2025-07-01"));

    private static final Table BASELINE = CsvTables.of("baseline-2025.csv", List.of(
            "unit,indicator,period,numerator,denominator,rate,procedures",
            "a,ONLINE_RATE,2025-H1,45,60,,",
            "b,ONLINE_RATE,2025-H1,30,50,,",
            "c,ONLINE_RATE,2025-H1,9,10,,",
            "d,ONLINE_RATE,2025-H1,13,20,,",
            "e,ONLINE_RATE,2025-H1,,,\"62,5%\",",
            "so-noi-vu,ONLINE_RATE,2025,80,100,,12"));

    private static final AllocationPolicy POLICY = new AllocationPolicy(null, BigDecimal.ONE, Rounding.CEIL,
            BigDecimal.ONE, BigDecimal.valueOf(99), Map.of(UnitKind.COMMUNE, BigDecimal.valueOf(40),
                    UnitKind.DEPARTMENT, BigDecimal.valueOf(50)), NoBaselineRule.FLOOR, null);

    private static LineageDraft draft(Table lineage) {
        return new DraftTargetsFromFiles().drafted(new DraftTargetsCommand(REGISTRY, BASELINE, POLICY, null, 2026, null,
                LocalDate.of(2026, 1, 1), lineage));
    }

    private static DraftedTarget row(LineageDraft d, String unit) {
        return d.allocation().row(UnitCode.of(unit)).orElseThrow();
    }

    @Test
    void theNewCommunesGetTheirPredecessorsSummedCountsAsBaseline() {
        LineageDraft d = draft(LINEAGE);

        assertThat(d.allocation().rows()).extracting(r -> r.unit().value()).containsExactly("so-noi-vu", "abc", "d1", "d2");
        // abc: (45 + 30 + 9) / (60 + 50 + 10) = 84 / 120 = 70 %, + 1 point of growth = 71
        assertThat(row(d, "abc").baseline()).isEqualByComparingTo("70");
        assertThat(row(d, "abc").target()).isEqualByComparingTo("71");
        assertThat(d.restatement(UnitCode.of("abc")).orElseThrow().describeSources()).isEqualTo("a, b, c");
        // d1: 0.6 × 13 / (0.6 × 20) = 7.8 / 12 = 65 %, → 66
        assertThat(row(d, "d1").baseline()).isEqualByComparingTo("65");
        assertThat(row(d, "d1").target()).isEqualByComparingTo("66");
        assertThat(d.restatement(UnitCode.of("d1")).orElseThrow().numerator()).isEqualByComparingTo("7.8");
        // d2 has e, which gave only a rate: not restatable, so no baseline and the commune floor of 40
        assertThat(row(d, "d2").baseline()).isNull();
        assertThat(row(d, "d2").target()).isEqualByComparingTo("40");
        assertThat(row(d, "d2").has(AllocationFlag.NO_DATA)).isTrue();
        assertThat(d.restatement(UnitCode.of("d2")).orElseThrow().withoutCounts()).containsExactly(UnitCode.of("e"));
        // the department keeps its own baseline and its procedures
        assertThat(row(d, "so-noi-vu").target()).isEqualByComparingTo("81");
        assertThat(row(d, "so-noi-vu").procedures()).isEqualTo(12);
    }

    @Test
    void withoutTheLineageTheNewCommunesHaveNoBaseline() {
        LineageDraft d = draft(null);

        assertThat(d.restated()).isNull();
        assertThat(row(d, "abc").baseline()).isNull();
        assertThat(row(d, "abc").target()).isEqualByComparingTo("40");
    }

    @Test
    void aBadLineageIsRefusedBeforeAnythingIsDrafted() {
        Table bad = CsvTables.of("lineage.csv", List.of("from,to,share,date", "d,d1,0.6,2025-07-01", "d,d2,0.5,2025-07-01"));

        assertThatThrownBy(() -> draft(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("lineage.csv:2: column 'share', value '0.6'")
                .hasMessageContaining("sum to 1.1");
    }
}
