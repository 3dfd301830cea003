package vn.chitieu.application.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chitieu.access.AccessDeniedException;
import vn.chitieu.access.Caller;
import vn.chitieu.access.Role;
import vn.chitieu.common.NotFoundException;
import vn.chitieu.common.StaleVersionException;
import vn.chitieu.fixtures.ReadOnlyUnits;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/** Which units a caller may list, and the registry version an upload is checked against (both moved out of the route). */
class ListUnitsTest {

    private static final UnitCode KRONG_PAC = UnitCode.of("krong-pac");
    private final List<Unit> stored = new ArrayList<>(List.of(
            new Unit(UnitCode.of("dak-lak"), "Tỉnh Đắk Lắk", UnitKind.PROVINCE, null),
            new Unit(KRONG_PAC, "Huyện Krông Pắc", UnitKind.DISTRICT, UnitCode.of("dak-lak")),
            new Unit(UnitCode.of("ea-kly"), "Xã Ea Kly", UnitKind.COMMUNE, KRONG_PAC),
            new Unit(UnitCode.of("ea-sup"), "Huyện Ea Súp", UnitKind.DISTRICT, UnitCode.of("dak-lak"))));
    private final ListUnits listing = new ListUnits(new ReadOnlyUnits() {
        @Override
        public UnitTree tree() {
            return UnitTree.of(stored);
        }

        @Override
        public Optional<Unit> find(UnitCode code) {
            return tree().find(code);
        }
    });
    private final Caller admin = new Caller("admin", Role.ADMIN, null);
    private final Caller krongPac = new Caller("t-kp", Role.VIEWER, KRONG_PAC);

    private static List<String> codes(ListUnits.Listed listed) {
        return listed.units().stream().map(u -> u.code().value()).toList();
    }

    @Test
    void aCallerListsItsSubtreeAndAnAdminEveryUnit() {
        assertThat(codes(listing.list(krongPac, null, null))).containsExactly("krong-pac", "ea-kly");
        assertThat(codes(listing.list(admin, null, null))).containsExactly("dak-lak", "krong-pac", "ea-kly", "ea-sup");
    }

    @Test
    void theChildrenOfAUnitNeedReadAccessToItAndTheUnitToExist() {
        assertThat(codes(listing.list(krongPac, null, KRONG_PAC))).containsExactly("ea-kly");
        assertThatThrownBy(() -> listing.list(krongPac, null, UnitCode.of("ea-sup")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> listing.list(admin, null, UnitCode.of("atlantis")))
                .isInstanceOf(NotFoundException.class).hasMessage("no unit 'atlantis'");
    }

    @Test
    void aDateListsTheUnitsValidThenButTheVersionStaysTheWholeRegistrys() {
        String before = listing.version();
        stored.add(new Unit(UnitCode.of("ea-bar"), "Xã Ea Bar", UnitKind.COMMUNE, UnitCode.of("ea-sup"))
                .valid(LocalDate.of(2025, 7, 1), null));

        ListUnits.Listed old = listing.list(admin, LocalDate.of(2020, 1, 1), null);

        assertThat(codes(old)).doesNotContain("ea-bar");
        assertThat(old.version()).isEqualTo(listing.version()).isNotEqualTo(before);
    }

    @Test
    void anUploadFromTheCurrentVersionOrNoneIsAcceptedAndFromAStaleOneRefused() {
        String read = listing.version();
        ListUnits.requireVersion(UnitTree.of(stored), read);
        ListUnits.requireVersion(UnitTree.of(stored), null);
        stored.set(3, new Unit(UnitCode.of("ea-sup"), "Huyện Ea Súp (mới)", UnitKind.DISTRICT, UnitCode.of("dak-lak")));

        assertThatThrownBy(() -> ListUnits.requireVersion(UnitTree.of(stored), read))
                .isInstanceOf(StaleVersionException.class)
                .hasMessage("the unit registry has changed since you read it: you read version " + read
                        + ", it is now at " + listing.version());
    }
}
