package vn.chitieu.application.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.chitieu.access.AccessDeniedException;
import vn.chitieu.access.Caller;
import vn.chitieu.access.Role;
import vn.chitieu.application.Actors;
import vn.chitieu.approval.AlreadyApprovedException;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.audit.Actor;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

/** Who may approve and re-open, on a fake store: the rules of {@link ApprovePeriod}, {@link ReopenPeriod}, {@link ListApprovals}. */
class ApprovalUseCasesTest {

    private static final Period Q1 = Period.parse("2018-Q1");
    private static final Caller ADMIN = new Caller("tok_admin", Role.ADMIN, null);
    private static final Caller PROVINCE = new Caller("tok_tinh", Role.EDITOR, UnitCode.of("dak-lak"));
    private static final Caller DISTRICT = new Caller("tok_krongpac", Role.EDITOR, UnitCode.of("krong-pac"));
    private static final Caller SIBLING = new Caller("tok_easup", Role.EDITOR, UnitCode.of("ea-sup"));
    private static final Caller VIEWER = new Caller("tok_xem", Role.VIEWER, UnitCode.of("krong-pac"));

    private final FakeApprovalStore store = new FakeApprovalStore();
    private final ApprovePeriod approve = new ApprovePeriod(store);
    private final ReopenPeriod reopen = new ReopenPeriod(store);
    private final ListApprovals list = new ListApprovals(store);

    private static ApprovalCommand by(Caller caller, String unit, String reason) {
        return new ApprovalCommand(unit, Q1, caller, Actors.of(caller), reason);
    }

    @Test
    void aDistrictApprovesItsOwnSubtreeButNotTheProvinceNorASibling() {
        PeriodLock lock = approve.approve(by(DISTRICT, "krong-pac", null));

        assertThat(lock.unit()).isEqualTo(UnitCode.of("krong-pac"));
        assertThat(lock.approvedBy()).isEqualTo(Actors.of(DISTRICT));
        assertThat(store.locks.values()).containsExactly(lock);
        assertThat(store.audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.PERIOD_APPROVED);
            assertThat(e.subject()).isEqualTo("approval/krong-pac/2018-Q1");
        });
    }

    @Test
    void whatALockAlreadyHoldsCannotBeApprovedAgainNeitherTheSameNorACommuneBelowNorAMonthInside() {
        approve.approve(by(DISTRICT, "krong-pac", null));

        assertThatThrownBy(() -> approve.approve(by(DISTRICT, "krong-pac", null)))
                .isInstanceOf(AlreadyApprovedException.class).hasMessageContaining("krong-pac 2018-Q1");
        assertThatThrownBy(() -> approve.approve(by(DISTRICT, "ea-kly", null)))
                .isInstanceOf(AlreadyApprovedException.class);
        assertThatThrownBy(() -> approve.approve(new ApprovalCommand("krong-pac", Period.parse("2018-02"), DISTRICT,
                Actors.of(DISTRICT), null))).isInstanceOf(AlreadyApprovedException.class);
        assertThat(store.locks).hasSize(1);
        assertThat(store.audit).hasSize(1);
        assertThat(approve.approve(by(PROVINCE, "dak-lak", null)).unit()).as("approval climbs")
                .isEqualTo(UnitCode.of("dak-lak"));
    }

    @Test
    void outsideTheSubtreeIsForbiddenAndStoresNothing() {
        assertThatThrownBy(() -> approve.approve(by(DISTRICT, "dak-lak", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approve.approve(by(SIBLING, "krong-pac", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approve.approve(by(SIBLING, "Xã Ea Kly", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approve.approve(by(VIEWER, "krong-pac", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> approve.approve(by(DISTRICT, "no-such-unit", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(store.locks).isEmpty();
        assertThat(store.audit).isEmpty();
    }

    @Test
    void theUnitThatApprovedCannotReOpenItsOwnLockButTheUnitAboveCanWithAReason() {
        approve.approve(by(DISTRICT, "krong-pac", null));

        assertThatThrownBy(() -> reopen.reopen(by(DISTRICT, "krong-pac", "sai số liệu")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("its own unit");
        assertThatThrownBy(() -> reopen.reopen(by(SIBLING, "krong-pac", "sai số liệu")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reopen.reopen(by(VIEWER, "krong-pac", "sai số liệu")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reopen.reopen(by(PROVINCE, "krong-pac", "  ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
        assertThat(store.locks).hasSize(1);

        PeriodLock lifted = reopen.reopen(by(PROVINCE, "Huyện Krông Pắc", "Phòng Nội vụ báo cáo sai"));

        assertThat(lifted.unit()).isEqualTo(UnitCode.of("krong-pac"));
        assertThat(store.locks).isEmpty();
        assertThat(store.audit).extracting(AuditEntry::action)
                .containsExactly(AuditAction.PERIOD_APPROVED, AuditAction.PERIOD_REOPENED);
        assertThat(store.audit.get(1)).satisfies(e -> {
            assertThat(e.actor()).isEqualTo(Actors.of(PROVINCE));
            assertThat(e.reason()).isEqualTo("Phòng Nội vụ báo cáo sai");
            assertThat(e.subject()).isEqualTo("approval/krong-pac/2018-Q1");
        });
    }

    @Test
    void theProvincesLockIsReOpenedOnlyByAnAdminAndALocalUser() {
        approve.approve(by(PROVINCE, "dak-lak", null));

        assertThatThrownBy(() -> reopen.reopen(by(PROVINCE, "dak-lak", "rà soát"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reopen.reopen(by(DISTRICT, "dak-lak", "rà soát"))).isInstanceOf(AccessDeniedException.class);
        reopen.reopen(by(ADMIN, "dak-lak", "rà soát"));
        assertThat(store.locks).isEmpty();

        approve.approve(new ApprovalCommand("dak-lak", Q1, null, Actor.of("lan"), null));
        reopen.reopen(new ApprovalCommand("UBND tỉnh Đắk Lắk", Q1, null, Actor.of("lan"), "rà soát"));
        assertThat(store.locks).isEmpty();
    }

    @Test
    void aLocalUserNamingNoKnownUnitIsBadInput() {
        assertThatThrownBy(() -> approve.approve(new ApprovalCommand("Huyện Không Có", Q1, null, Actor.of("lan"), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Huyện Không Có");
        assertThatThrownBy(() -> approve.approve(new ApprovalCommand(" ", Q1, null, Actor.of("lan"), null)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCallerSeesTheLocksOfItsSubtreeAndOfTheUnitsAboveItButNotASiblings() {
        PeriodLock district = approve.approve(by(DISTRICT, "krong-pac", null));
        PeriodLock sibling = approve.approve(by(SIBLING, "ea-sup", null));
        PeriodLock province = approve.approve(new ApprovalCommand("dak-lak", Period.parse("2018"), ADMIN, Actors.of(ADMIN), null));

        assertThat(list.list(DISTRICT)).containsExactly(district, province);
        assertThat(list.list(SIBLING)).containsExactly(sibling, province);
        assertThat(list.list(ADMIN)).containsExactly(district, sibling, province);
        assertThat(list.list(null)).hasSize(3);
    }
}
