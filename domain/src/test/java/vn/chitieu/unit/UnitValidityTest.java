package vn.chitieu.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.fixtures.CsvTables;
import vn.chitieu.period.Period;

/** Units with validFrom / validTo (domain.md §10): read, checked, and the tree as of a date. */
class UnitValidityTest {

    private static final List<String> REGISTRY = List.of(
            "code,name,kind,parent,aliases,validFrom,validTo",
            "tinh,UBND tỉnh Tân Lộc,PROVINCE,,,,",
            "huyen,UBND huyện Phú Giáo,DISTRICT,tinh,,,2025-06-30",
            "a,Xã An Bình,COMMUNE,huyen,,,30/06/2025",
            "moi,Xã An Bình,COMMUNE,tinh,,2025-07-01,");

    private static UnitTree tree(List<String> lines) {
        return UnitsTable.read(CsvTables.of("units.csv", lines));
    }

    @Test
    void theTreeAsOfADateHoldsTheUnitsValidThen() {
        UnitTree t = tree(REGISTRY);

        assertThat(t.asOf(LocalDate.of(2025, 6, 30)).units()).extracting(u -> u.code().value())
                .containsExactly("tinh", "huyen", "a");
        assertThat(t.asOf(LocalDate.of(2025, 7, 1)).units()).extracting(u -> u.code().value())
                .containsExactly("tinh", "moi");
        assertThat(t.during(Period.parse("2025")).size()).isEqualTo(4);
        assertThat(t.during(Period.parse("2025-Q1")).units()).extracting(u -> u.code().value())
                .containsExactly("tinh", "huyen", "a");
        assertThat(t.get(UnitCode.of("a")).validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void aNameIsResolvedAmongTheUnitsValidAtTheDate() {
        UnitTree t = tree(REGISTRY);

        assertThat(new NameResolver(t).resolve("Xã An Bình").status()).isEqualTo(ResolutionStatus.AMBIGUOUS);
        assertThat(new NameResolver(t.asOf(LocalDate.of(2026, 1, 1))).resolve("Xã An Bình").unit().code().value())
                .isEqualTo("moi");
        assertThat(new NameResolver(t.asOf(LocalDate.of(2024, 1, 1))).resolve("Xã An Bình").unit().code().value())
                .isEqualTo("a");
    }

    @Test
    void aTreeWithoutDatesIsItsOwnTreeAtEveryDate() {
        UnitTree t = tree(List.of("code,name,kind,parent", "tinh,UBND tỉnh Tân Lộc,PROVINCE,", "a,Xã A,COMMUNE,tinh"));

        assertThat(t.asOf(LocalDate.of(1990, 1, 1))).isSameAs(t);
        assertThat(t.isDated()).isFalse();
    }

    @Test
    void badDatesAndAChildOutsideItsParentsValidityAreRefusedWithTheirLines() {
        assertThatThrownBy(() -> tree(List.of(
                "code,name,kind,parent,aliases,validFrom,validTo",
                "tinh,UBND tỉnh Tân Lộc,PROVINCE,,,,",
                "x,Xã X,COMMUNE,tinh,,2025-13-01,",
                "y,Xã Y,COMMUNE,tinh,,2025-07-01,2025-06-30")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("units.csv:3: column 'validFrom', value '2025-13-01'")
                .hasMessageContaining("units.csv:4: column 'validTo', value '2025-06-30'");
        assertThatThrownBy(() -> tree(List.of(
                "code,name,kind,parent,aliases,validFrom,validTo",
                "tinh,UBND tỉnh Tân Lộc,PROVINCE,,,,",
                "huyen,UBND huyện Phú Giáo,DISTRICT,tinh,,,2025-06-30",
                "a,Xã A,COMMUNE,huyen,,,")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("units.csv:4: column 'validFrom'")
                .hasMessageContaining("outside the validity of its parent 'huyen' (… – 2025-06-30)");
    }

    @Test
    void datedUnitsWriteTheirDatesAndReadBackTheSame() {
        UnitTree t = tree(REGISTRY);
        var columns = UnitsColumns.written(t.units());
        assertThat(columns).isSameAs(UnitsColumns.WRITTEN_DATED);
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.join(",", columns.stream().map(c -> c.key()).toList()));
        for (Unit u : t.units()) {
            lines.add(String.join(",", UnitsColumns.cells(u, true).stream().map(c -> c == null ? "" : c.toString()).toList()));
        }
        assertThat(lines.get(3)).isEqualTo("a,Xã An Bình,COMMUNE,huyen,,,2025-06-30");
        assertThat(tree(lines).units()).containsExactlyElementsOf(t.units());
        assertThat(UnitsColumns.written(tree(List.of("code,name,kind,parent", "t,T,PROVINCE,")).units()))
                .isSameAs(UnitsColumns.WRITTEN);
    }
}
