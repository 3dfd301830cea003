package vn.chitieu.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.Report;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

class AppendixTest {

    private static DraftedTarget row(String code, String name, UnitKind kind, String baseline, String target) {
        return new DraftedTarget(UnitCode.of(code), name, kind, baseline == null ? null : new BigDecimal(baseline),
                new BigDecimal(target), new BigDecimal(target), false, null, null, 104);
    }

    private final Report report = Appendix.of(new Allocation(IndicatorCode.of("ONLINE_RATE"), 2022, List.of(
            row("so-y-te", "Sở Y tế", UnitKind.DEPARTMENT, "98.06", "98"),
            row("buon-ho", "UBND thị xã Buôn Hồ", UnitKind.DISTRICT, "43.41", "45"),
            row("ban-ql", "Ban Quản lý các Khu công nghiệp tỉnh", UnitKind.DEPARTMENT, null, "50"),
            row("lak", "UBND huyện Lắk", UnitKind.DISTRICT, "0.57", "40"))));

    @Test
    void departmentsComeFirstThenDistrictsEachNumberedFromOne() {
        assertThat(report.sections()).extracting(s -> s.title("vi"))
                .containsExactly("I. CÁC SỞ, BAN, NGÀNH", "II. UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ");
        assertThat(report.sections().get(0).rows()).extracting(r -> r.get(0), r -> r.get(1)).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "Sở Y tế"),
                org.assertj.core.groups.Tuple.tuple(2L, "Ban Quản lý các Khu công nghiệp tỉnh"));
        assertThat(report.sections().get(1).rows().get(1).get(0)).isEqualTo(2L);
    }

    @Test
    void theColumnsAreThoseOfThePrintedAppendixInBothLanguages() {
        assertThat(report.columns()).extracting(c -> c.header("vi")).startsWith("STT", "Cơ quan, đơn vị")
                .last().asString().contains("2022");
        assertThat(report.columns()).extracting(c -> c.header("en")).startsWith("No.", "Unit");
        assertThat(report.columns()).extracting(c -> c.type()).containsExactly(ColumnType.COUNT, ColumnType.TEXT,
                ColumnType.COUNT, ColumnType.PERCENT, ColumnType.PERCENT);
        assertThat(report.sections().get(1).title("en")).isEqualTo("II. DISTRICT PEOPLE'S COMMITTEES");
    }

    @Test
    void aUnitWithoutDossiersHasNoBaselineRatherThanZero() {
        assertThat(report.sections().get(0).rows().get(1).get(3)).isEqualTo(vn.chitieu.report.ReportValue.NOT_AVAILABLE);
        assertThat(report.sections().get(0).rows().get(0).get(3)).isEqualTo(new BigDecimal("98.06"));
    }
}
