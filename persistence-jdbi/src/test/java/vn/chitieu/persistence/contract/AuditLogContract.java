package vn.chitieu.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.decision.Decision;
import vn.chitieu.unit.UnitCode;

/** What every implementation of {@link vn.chitieu.port.out.AuditLog} must do. */
public abstract class AuditLogContract extends ContractSupport {

    @Test
    void anEmptyStoreHasAnEmptyLog() {
        assertThat(storage.auditLog().all()).isEmpty();
    }

    @Test
    void entriesSayWhoChangedWhatAndWhenOldestFirst() {
        Instant before = Instant.now().minusSeconds(1);
        imports.importUnits(Seeds.dakLakUnits(), by(LAN).withReason("danh mục 2022"));
        Instant after = Instant.now().plusSeconds(1);

        assertThat(storage.auditLog().all()).hasSize(34).first().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.UNIT_ADDED);
            assertThat(e.subject()).isEqualTo("unit/daklak");
            assertThat(e.newValue()).isEqualTo("name=UBND tỉnh Đắk Lắk; kind=PROVINCE; parent=; aliases=");
            assertThat(e.actor()).isEqualTo(LAN);
            assertThat(e.reason()).isEqualTo("danh mục 2022");
            assertThat(e.at()).isBetween(before, after);
        });
    }

    @Test
    void aPageIsLimitedAndInTheLogsOrder() {
        imports.importUnits(Seeds.dakLakUnits(), by(LAN));
        List<AuditEntry> all = storage.auditLog().all();

        assertThat(storage.auditLog().page(null, 0, 5)).containsExactlyElementsOf(all.subList(0, 5));
        assertThat(storage.auditLog().page(null, 30, 10)).containsExactlyElementsOf(all.subList(30, 34));
        assertThat(storage.auditLog().page(null, 34, 10)).isEmpty();
        assertThat(storage.auditLog().page(null, 1_000_000, 10)).isEmpty();
        assertThat(storage.auditLog().count(null)).isEqualTo(34);
        assertThatThrownBy(() -> storage.auditLog().page(null, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.auditLog().page(null, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPageSinceAnInstantLeavesOutWhatCameBefore() throws InterruptedException {
        imports.importUnits(Seeds.dakLakUnits(), by(LAN));
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        for (int i = 0; i < 3; i++) {
            storage.decisions().add(Decision.draft(UnitCode.of("daklak"), 2022, "Dự thảo " + i), MINH, null);
        }

        List<AuditEntry> later = storage.auditLog().page(between, 0, 1000);

        assertThat(later).isNotEmpty().allSatisfy(e -> assertThat(e.actor()).isEqualTo(MINH));
        assertThat(storage.auditLog().count(between)).isEqualTo(later.size());
        assertThat(storage.auditLog().page(between, 1, 2)).containsExactlyElementsOf(later.subList(1, 3));
        assertThat(storage.auditLog().page(Instant.now().plusSeconds(60), 0, 10)).isEmpty();
        assertThat(storage.auditLog().count(Instant.now().plusSeconds(60))).isZero();
    }

    @Test
    void sinceLeavesOutWhatCameBefore() {
        imports.importUnits(Seeds.dakLakUnits(), by(LAN));

        assertThat(storage.auditLog().since(Instant.now().minusSeconds(60))).hasSize(34);
        assertThat(storage.auditLog().since(Instant.now().plusSeconds(60))).isEmpty();
    }
}
