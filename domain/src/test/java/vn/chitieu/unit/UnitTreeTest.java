package vn.chitieu.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.fixtures.DakLakUnits;

class UnitTreeTest {

    private static Unit unit(String code, UnitKind kind, String parent) {
        return new Unit(UnitCode.of(code), "Unit " + code, kind, parent == null ? null : UnitCode.of(parent));
    }

    @Test
    void theDakLakTreeHasTheProvinceItsDepartmentsAndDistricts() {
        UnitTree tree = UnitTree.of(DakLakUnits.of2022());
        assertThat(tree.size()).isEqualTo(34);
        assertThat(tree.roots()).extracting(u -> u.code().value()).containsExactly("daklak");
        assertThat(tree.childrenOf(UnitCode.of("daklak"))).hasSize(33);
        assertThat(tree.isWithin(UnitCode.of("buon-ho"), UnitCode.of("daklak"))).isTrue();
        assertThat(tree.isWithin(UnitCode.of("daklak"), UnitCode.of("buon-ho"))).isFalse();
    }

    @Test
    void aTwoTierTreeAssignsStraightToCommunes() {
        UnitTree tree = UnitTree.of(List.of(unit("p", UnitKind.PROVINCE, null), unit("x1", UnitKind.COMMUNE, "p"),
                unit("dk", UnitKind.SPECIAL_ZONE, "p")));
        assertThat(tree.subtree(UnitCode.of("p"))).hasSize(3);
    }

    @Test
    void refusesDuplicateCodesUnknownParentsAndCyclesAllAtOnce() {
        List<Unit> units = List.of(
                unit("p", UnitKind.PROVINCE, null),
                unit("a", UnitKind.DISTRICT, "p"),
                unit("a", UnitKind.DISTRICT, "p"),
                unit("b", UnitKind.COMMUNE, "nowhere"),
                unit("c", UnitKind.COMMUNE, "d"),
                unit("d", UnitKind.COMMUNE, "c"));

        assertThatThrownBy(() -> UnitTree.of(units))
                .isInstanceOfSatisfying(InvalidUnitTreeException.class, e -> {
                    assertThat(e.problems()).extracting(UnitTreeProblem::index).containsExactly(2, 3, 4, 5);
                    assertThat(e.problems().get(0).reason()).contains("duplicate code 'a'");
                    assertThat(e.problems().get(1).reason()).contains("unknown parent 'nowhere'");
                    assertThat(e.problems().get(2).reason()).contains("cycle");
                });
    }

    @Test
    void aUnitCodeCannotBeBlankOrHoldSpaces() {
        assertThatThrownBy(() -> UnitCode.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitCode.of("so y te")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesAreKeptInNfc() {
        String nfd = java.text.Normalizer.normalize("Sở Y tế", java.text.Normalizer.Form.NFD);
        Unit u = new Unit(UnitCode.of("so-y-te"), nfd, UnitKind.DEPARTMENT, null);
        assertThat(u.name()).isEqualTo("Sở Y tế");
    }
}
