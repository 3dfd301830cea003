package vn.chitieu.application.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chitieu.access.AccessDeniedException;
import vn.chitieu.access.Caller;
import vn.chitieu.access.Role;
import vn.chitieu.allocation.AllocationPolicy;
import vn.chitieu.allocation.CascadePlan;
import vn.chitieu.allocation.NoBaselineRule;
import vn.chitieu.allocation.Rounding;
import vn.chitieu.application.unit.ResolveNames;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.fixtures.ReadOnlyUnits;
import vn.chitieu.indicator.Percent;
import vn.chitieu.unit.ResolutionStatus;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/** The cascade and name use cases: access and registry defaults for a caller, the same plan for the CLI. */
class AllocationUseCasesTest {

    private static final UnitTree TREE = UnitTree.of(List.of(
            new Unit(UnitCode.of("dak-lak"), "Tỉnh Đắk Lắk", UnitKind.PROVINCE, null),
            new Unit(UnitCode.of("krong-pac"), "Huyện Krông Pắc", UnitKind.DISTRICT, UnitCode.of("dak-lak")),
            new Unit(UnitCode.of("ea-kly"), "Xã Ea Kly", UnitKind.COMMUNE, UnitCode.of("krong-pac")),
            new Unit(UnitCode.of("ea-sup"), "Huyện Ea Súp", UnitKind.DISTRICT, UnitCode.of("dak-lak")),
            new Unit(UnitCode.of("ea-le"), "Xã Ea Lê", UnitKind.COMMUNE, UnitCode.of("ea-sup"))));
    private static final UnitCode KRONG_PAC = UnitCode.of("krong-pac");
    private static final Caller EDITOR = new Caller("t-kp", Role.EDITOR, KRONG_PAC);
    private static final AllocationPolicy POLICY = new AllocationPolicy(null, BigDecimal.ONE, Rounding.CEIL,
            BigDecimal.ONE, BigDecimal.valueOf(99), Map.of(UnitKind.COMMUNE, BigDecimal.valueOf(40)),
            NoBaselineRule.FLOOR, null);

    private final CascadeTargets cascade = new CascadeTargets(new ReadOnlyUnits() {
        @Override
        public UnitTree tree() {
            return TREE;
        }

        @Override
        public Optional<Unit> find(UnitCode code) {
            return TREE.find(code);
        }
    });

    private static ChildRequest child(String unit, UnitKind kind) {
        return new ChildRequest("children[0]", UnitCode.of(unit), null, kind, BigDecimal.valueOf(1000),
                BigDecimal.valueOf(30), null, null);
    }

    @Test
    void aCallersChildOfTheRegistryTakesItsKindAndNameAndOneOutsideTheSubtreeIsRefused() {
        CascadePlan plan = cascade.cascade(new CascadeTargetsCommand(EDITOR, KRONG_PAC, BigDecimal.valueOf(45), "target", null,
                POLICY, List.of(child("ea-kly", null))));
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.rows()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(UnitKind.COMMUNE);
            assertThat(r.name()).isEqualTo("Xã Ea Kly");
            assertThat(r.target()).isEqualByComparingTo("45");
        });

        assertThatThrownBy(() -> cascade.cascade(new CascadeTargetsCommand(EDITOR, KRONG_PAC, BigDecimal.valueOf(45),
                "target", null, POLICY, List.of(child("ea-le", UnitKind.COMMUNE))))).isInstanceOf(AccessDeniedException.class)
                .hasMessageNotContaining("Ea Lê");
        assertThatThrownBy(() -> cascade.cascade(new CascadeTargetsCommand(EDITOR, UnitCode.of("ea-sup"),
                BigDecimal.valueOf(45), "target", null, POLICY, List.of(child("ea-kly", null)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cascade.cascade(new CascadeTargetsCommand(new Caller("a", Role.ADMIN, null), KRONG_PAC,
                BigDecimal.valueOf(45), "target", null, POLICY, List.of(child("atlantis", null)))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("children[0].kind");
    }

    @Test
    void aTargetAbove100IsRefusedNamingTheFieldItWasWrittenIn() {
        assertThatThrownBy(() -> new CascadeTargetsCommand(null, KRONG_PAC, BigDecimal.valueOf(150), "--target", null, POLICY,
                List.of(child("x1", UnitKind.COMMUNE))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get(0).column()).isEqualTo("--target");
                    assertThat(e.problems().get(0).reason()).contains(Percent.RANGE);
                });
    }

    @Test
    void aLocalCascadeNeedsNoRegistry() {
        CascadePlan plan = new CascadeTargets(null).cascade(new CascadeTargetsCommand(null, UnitCode.of("buon-ho"),
                BigDecimal.valueOf(45), "--target", null, POLICY, List.of(child("x1", UnitKind.COMMUNE))));
        assertThat(plan.rows()).singleElement().satisfies(r -> assertThat(r.name()).isEqualTo("x1"));
    }

    @Test
    void namesAreResolvedAndCounted() {
        ResolveNames.Resolved resolved = new ResolveNames().resolve(TREE, List.of("UBND xã Ea Kly", "Xã Atlantis"));
        assertThat(resolved.rows()).extracting(ResolveNames.Row::status)
                .containsExactly(ResolutionStatus.MATCHED, ResolutionStatus.UNKNOWN);
        assertThat(resolved.rows().get(0).unit()).isEqualTo("ea-kly");
        assertThat(resolved.matched()).isEqualTo(1);
        assertThat(resolved.unknown()).isEqualTo(1);
    }
}
