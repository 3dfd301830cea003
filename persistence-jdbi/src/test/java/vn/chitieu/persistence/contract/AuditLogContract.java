package vn.chitieu.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.chitieu.audit.AuditAction;

/** What every implementation of {@link vn.chitieu.port.out.AuditLog} must do. */
public abstract class AuditLogContract extends ContractSupport {

    @Test
    void anEmptyStoreHasAnEmptyLog() {
        assertThat(storage.auditLog().all()).isEmpty();
    }

    @Test
    void entriesSayWhoChangedWhatAndWhenOldestFirst() {
        Instant before = Instant.now().minusSeconds(1);
        storage.units().importUnits(Seeds.dakLakUnits(), by(LAN).withReason("danh mục 2022"));
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
    void sinceLeavesOutWhatCameBefore() {
        storage.units().importUnits(Seeds.dakLakUnits(), by(LAN));

        assertThat(storage.auditLog().since(Instant.now().minusSeconds(60))).hasSize(34);
        assertThat(storage.auditLog().since(Instant.now().plusSeconds(60))).isEmpty();
    }
}
