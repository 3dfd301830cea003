package vn.chitieu.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.table.Table;

class UnitsTableTest {

    private static final List<String> HEADER = List.of("code", "name", "kind", "parent");

    @Test
    void aHeaderOnlyFileIsRefusedForAnImportToo() {
        Table table = Table.builder("units.csv", HEADER).build();

        assertThatThrownBy(() -> UnitsTable.units(table)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("units.csv: no units");
    }

    @Test
    void anUnknownParentIsBlamedOnTheParentColumnWithItsValue() {
        Table table = Table.builder("units.csv", HEADER)
                .row(2, List.of("dak-lak", "Tỉnh Đắk Lắk", "PROVINCE", ""))
                .row(3, List.of("ea-kly", "Xã Ea Kly", "COMMUNE", "krong-pac")).build();

        InvalidInputException e = null;
        try {
            UnitsTable.read(table);
        } catch (InvalidInputException refused) {
            e = refused;
        }

        assertThat(e).isNotNull();
        InputProblem p = e.problems().get(0);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo("parent");
        assertThat(p.value()).isEqualTo("krong-pac");
    }

    @Test
    void aUnitsFileHeadedAndKindedInVietnameseReadsAsTheEnglishOne() {
        Table english = Table.builder("units.csv", List.of("code", "name", "kind", "parent", "validFrom"))
                .row(2, List.of("dak-lak", "UBND tỉnh Đắk Lắk", "PROVINCE", "", ""))
                .row(3, List.of("so-y-te", "Sở Y tế", "DEPARTMENT", "dak-lak", ""))
                .row(4, List.of("krong-pac", "UBND huyện Krông Pắc", "DISTRICT", "dak-lak", ""))
                .row(5, List.of("ea-kly", "Xã Ea Kly", "COMMUNE", "krong-pac", "2025-07-01")).build();
        Table vietnamese = Table.builder("don-vi.csv", List.of("Mã", "Tên", "Loại", "Cấp trên", "Hiệu lực từ"))
                .row(2, List.of("dak-lak", "UBND tỉnh Đắk Lắk", "Tỉnh", "", ""))
                .row(3, List.of("so-y-te", "Sở Y tế", "Sở, ban, ngành", "dak-lak", ""))
                .row(4, List.of("krong-pac", "UBND huyện Krông Pắc", "huyện", "dak-lak", ""))
                .row(5, List.of("ea-kly", "Xã Ea Kly", "XÃ", "krong-pac", "01/07/2025")).build();

        assertThat(UnitsTable.units(vietnamese)).isEqualTo(UnitsTable.units(english));
    }

    @Test
    void aCityIsNotGuessedAsAProvinceOrADistrict() {
        Table table = Table.builder("don-vi.csv", List.of("Mã", "Tên", "Loại", "Cấp trên"))
                .row(2, List.of("buon-ma-thuot", "UBND thành phố Buôn Ma Thuột", "Thành phố", "")).build();

        InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> UnitsTable.units(table),
                InvalidInputException.class);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("Loại");
            assertThat(p.value()).isEqualTo("Thành phố");
            assertThat(p.reason()).contains("expected one of [PROVINCE", "or in Vietnamese: Tỉnh, Sở, Huyện, Thị xã");
        });
    }

    @Test
    void moreUnitsThanAFileMayHoldAreRefused() {
        Table.Builder b = Table.builder("units.csv", HEADER).row(2, List.of("dak-lak", "Tỉnh Đắk Lắk", "PROVINCE", ""));
        for (int i = 0; i < UnitsTable.MAX_UNITS; i++) {
            b.row(i + 3, List.of("xa-" + i, "Xã " + i, "COMMUNE", "dak-lak"));
        }
        Table table = b.build();

        assertThatThrownBy(() -> UnitsTable.read(table)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("units.csv: too many rows: 100001; a units file holds at most 100000");
    }
}
