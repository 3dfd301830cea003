package vn.chitieu.application.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InputProblem;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.table.Lined;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/** The checks of an import name the column at fault: an unknown parent is the parent's, not the code's. */
class ImportChecksTest {

    private static final Unit PROVINCE = new Unit(UnitCode.of("dak-lak"), "Tỉnh Đắk Lắk", UnitKind.PROVINCE, null);

    @Test
    void anUnknownParentIsBlamedOnTheParentColumnWithItsValue() {
        Unit orphan = new Unit(UnitCode.of("ea-kly"), "Xã Ea Kly", UnitKind.COMMUNE, UnitCode.of("krong-pac"));
        ImportFile<Unit> file = new ImportFile<>("units.csv", List.of(new Lined<>(3, orphan)));

        List<InputProblem> problems = ImportChecks.units(file, List.of(PROVINCE));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("parent");
            assertThat(p.value()).isEqualTo("krong-pac");
            assertThat(p.reason()).contains("unknown parent 'krong-pac'");
        });
    }

    @Test
    void aDuplicateCodeIsStillTheCodes() {
        ImportFile<Unit> file = new ImportFile<>("units.csv", List.of(new Lined<>(2, PROVINCE),
                new Lined<>(5, PROVINCE)));

        List<InputProblem> problems = ImportChecks.units(file, List.of());

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo("code");
            assertThat(p.value()).isEqualTo("dak-lak");
        });
    }
}
