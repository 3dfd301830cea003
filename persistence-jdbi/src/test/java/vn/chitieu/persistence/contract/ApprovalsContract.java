package vn.chitieu.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chitieu.application.approval.ApprovalCommand;
import vn.chitieu.application.approval.ApprovePeriod;
import vn.chitieu.application.approval.ReopenPeriod;
import vn.chitieu.approval.AlreadyApprovedException;
import vn.chitieu.approval.PeriodLock;
import vn.chitieu.approval.PeriodLockedException;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.common.NotFoundException;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.table.Lined;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.result.Result;
import vn.chitieu.unit.UnitCode;

/**
 * What every implementation of {@link vn.chitieu.port.out.Approvals} and of the lock methods of
 * {@link vn.chitieu.port.out.StorageTransaction} must do, through the approval use cases and the
 * results import: a lock is stored with who approved and when, holds every result of the subtree for
 * its period and the periods inside it, refuses a whole file that touches it, and re-opening lifts it.
 */
public abstract class ApprovalsContract extends ContractSupport {

    private static final IndicatorCode ONLINE_RATE = IndicatorCode.of("ONLINE_RATE");
    private static final Period Y2021 = Period.year(2021);
    private static final UnitCode PROVINCE = UnitCode.of("daklak");
    private static final UnitCode SO_CONG_THUONG = UnitCode.of("so-cong-thuong");
    private static final UnitCode SO_Y_TE = UnitCode.of("so-y-te");

    private ApprovePeriod approve;
    private ReopenPeriod reopen;

    @BeforeEach
    void registerTheSeedUnits() {
        imports.importUnits(Seeds.dakLakUnits(), by(LAN));
        approve = new ApprovePeriod(storage);
        reopen = new ReopenPeriod(storage);
        markAudit();
    }

    private static ApprovalCommand command(UnitCode unit, Period period, String reason) {
        return new ApprovalCommand(unit.value(), period, null, MINH, reason);
    }

    private static ImportFile<Result> one(UnitCode unit, Period period, String rate) {
        return new ImportFile<>("one.csv", List.of(new Lined<>(2,
                new Result(unit, ONLINE_RATE, period, null, null, new BigDecimal(rate), null, null))));
    }

    @Test
    void anApprovalIsStoredWithWhoApprovedAndWhenAndAudited() {
        PeriodLock lock = approve.approve(command(PROVINCE, Y2021, "số liệu đã rà soát"));

        assertThat(lock.unit()).isEqualTo(PROVINCE);
        assertThat(lock.period()).isEqualTo(Y2021);
        assertThat(lock.approvedBy()).isEqualTo(MINH);
        assertThat(lock.approvedAt()).isAfter(testStarted);
        assertThat(storage.approvals().all()).containsExactly(lock);
        assertThat(storage.approvals().find(PROVINCE, Y2021)).contains(lock);
        assertThat(storage.approvals().find(PROVINCE, Period.quarter(2021, 1))).isEmpty();
        assertThat(auditSinceSetUp()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.PERIOD_APPROVED);
            assertThat(e.actor()).isEqualTo(MINH);
            assertThat(e.subject()).isEqualTo("approval/daklak/2021");
            assertThat(e.oldValue()).isNull();
            assertThat(e.newValue()).contains("unit=daklak", "period=2021", "approvedBy=" + MINH);
            assertThat(e.reason()).isEqualTo("số liệu đã rà soát");
        });
    }

    @Test
    void aFileTouchingALockedSubtreeIsRefusedAsAWholeAndWritesNothing() {
        approve.approve(command(SO_CONG_THUONG, Y2021, null));
        markAudit();
        int batches = storage.importBatches().all().size();

        assertThatThrownBy(() -> imports.importResults(Seeds.dakLakBaseline(), by(LAN)))
                .isInstanceOf(PeriodLockedException.class)
                .hasMessageContaining("so-cong-thuong 2021").hasMessageContaining(MINH.name());

        assertThat(storage.results().all()).isEmpty();
        assertThat(auditSinceSetUp()).isEmpty();
        assertThat(storage.importBatches().all()).hasSize(batches);
    }

    @Test
    void aProvinceLockHoldsEveryUnitBelowItAndEveryPeriodInsideTheYear() {
        approve.approve(command(PROVINCE, Y2021, null));

        for (Period inside : List.of(Y2021, Period.half(2021, 2), Period.quarter(2021, 1), Period.month(2021, 12))) {
            assertThatThrownBy(() -> imports.importResults(one(SO_Y_TE, inside, "50"), by(LAN)))
                    .as(inside.toString()).isInstanceOf(PeriodLockedException.class);
        }
        assertThat(imports.importResults(one(SO_Y_TE, Period.year(2022), "50"), by(LAN)).inserted()).isEqualTo(1);
        assertThat(imports.importResults(one(SO_Y_TE, Period.year(2020), "50"), by(LAN)).inserted()).isEqualTo(1);
    }

    @Test
    void aQuarterLockHoldsItsMonthsButNeitherTheYearNorAnotherQuarter() {
        approve.approve(command(PROVINCE, Period.quarter(2021, 1), null));

        assertThatThrownBy(() -> imports.importResults(one(SO_Y_TE, Period.month(2021, 3), "50"), by(LAN)))
                .isInstanceOf(PeriodLockedException.class);
        assertThat(imports.importResults(one(SO_Y_TE, Period.month(2021, 4), "50"), by(LAN)).inserted()).isEqualTo(1);
        assertThat(imports.importResults(one(SO_Y_TE, Period.quarter(2021, 2), "50"), by(LAN)).inserted()).isEqualTo(1);
        assertThat(imports.importResults(one(SO_Y_TE, Y2021, "50"), by(LAN)).inserted()).isEqualTo(1);
    }

    @Test
    void aDepartmentLockLeavesItsSiblingsOpen() {
        approve.approve(command(SO_CONG_THUONG, Y2021, null));

        assertThat(imports.importResults(one(SO_Y_TE, Y2021, "50"), by(LAN)).inserted()).isEqualTo(1);
        assertThatThrownBy(() -> imports.importResults(one(SO_CONG_THUONG, Y2021, "50"), by(LAN)))
                .isInstanceOf(PeriodLockedException.class);
    }

    @Test
    void reImportingUnchangedRowsIntoALockedPeriodIsRefusedToo() {
        assertThat(imports.importResults(Seeds.dakLakBaseline(), by(LAN)).inserted()).isEqualTo(33);
        approve.approve(command(PROVINCE, Y2021, null));

        assertThatThrownBy(() -> imports.importResults(Seeds.dakLakBaseline(), by(LAN)))
                .isInstanceOf(PeriodLockedException.class);
        assertThatThrownBy(() -> imports.importResults(Seeds.dakLakBaseline(), by(LAN).asDryRun()))
                .isInstanceOf(PeriodLockedException.class);
    }

    @Test
    void reOpeningLiftsTheLockIsAuditedWithItsReasonAndLetsTheImportThrough() {
        assertThat(imports.importResults(one(SO_Y_TE, Y2021, "50"), by(LAN)).inserted()).isEqualTo(1);
        PeriodLock lock = approve.approve(command(PROVINCE, Y2021, null));
        assertThatThrownBy(() -> imports.importResults(one(SO_Y_TE, Y2021, "60"), by(LAN)))
                .isInstanceOf(PeriodLockedException.class);
        assertThat(storage.results().all()).singleElement().extracting(Result::rate)
                .satisfies(r -> assertThat(r).isEqualByComparingTo("50"));

        PeriodLock lifted = reopen.reopen(command(PROVINCE, Y2021, "Sở Y tế báo cáo sai số liệu"));
        ImportSummary after = imports.importResults(one(SO_Y_TE, Y2021, "60"), by(LAN));

        assertThat(lifted).isEqualTo(lock);
        assertThat(storage.approvals().all()).isEmpty();
        assertThat(after.updated()).isEqualTo(1);
        assertThat(storage.results().all()).singleElement().extracting(Result::rate)
                .satisfies(r -> assertThat(r).isEqualByComparingTo("60"));
        List<AuditEntry> audit = auditSinceSetUp();
        assertThat(audit).extracting(AuditEntry::action).containsExactly(AuditAction.RESULTS_IMPORTED,
                AuditAction.PERIOD_APPROVED, AuditAction.PERIOD_REOPENED, AuditAction.RESULTS_IMPORTED,
                AuditAction.RESULT_CHANGED);
        assertThat(audit.get(2)).satisfies(e -> {
            assertThat(e.subject()).isEqualTo("approval/daklak/2021");
            assertThat(e.oldValue()).contains("unit=daklak", "period=2021", "approvedBy=" + MINH);
            assertThat(e.newValue()).isNull();
            assertThat(e.reason()).isEqualTo("Sở Y tế báo cáo sai số liệu");
        });
    }

    @Test
    void approvingWhatIsAlreadyLockedIsRefusedAndStoresNothingMore() {
        approve.approve(command(PROVINCE, Y2021, null));
        markAudit();

        assertThatThrownBy(() -> approve.approve(command(PROVINCE, Y2021, null)))
                .isInstanceOf(AlreadyApprovedException.class).hasMessageContaining("daklak 2021");
        assertThatThrownBy(() -> approve.approve(command(SO_Y_TE, Period.quarter(2021, 2), null)))
                .isInstanceOf(AlreadyApprovedException.class).hasMessageContaining("daklak 2021");
        assertThat(storage.approvals().all()).hasSize(1);
        assertThat(auditSinceSetUp()).isEmpty();
    }

    @Test
    void approvalClimbsFromADepartmentToTheProvinceAndReOpeningOneLeavesTheOther() {
        PeriodLock department = approve.approve(command(SO_Y_TE, Y2021, null));
        PeriodLock province = approve.approve(command(PROVINCE, Y2021, null));

        assertThat(storage.approvals().all()).containsExactly(department, province);
        reopen.reopen(command(PROVINCE, Y2021, "rà soát lại"));

        assertThat(storage.approvals().all()).containsExactly(department);
        assertThatThrownBy(() -> imports.importResults(one(SO_Y_TE, Y2021, "50"), by(LAN)))
                .isInstanceOf(PeriodLockedException.class);
    }

    @Test
    void reOpeningWhatIsNotApprovedIsNotFoundAndAuditsNothing() {
        approve.approve(command(PROVINCE, Y2021, null));
        markAudit();

        assertThatThrownBy(() -> reopen.reopen(command(SO_Y_TE, Y2021, "nhầm")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reopen.reopen(command(PROVINCE, Period.quarter(2021, 1), "nhầm")))
                .isInstanceOf(NotFoundException.class);
        assertThat(storage.approvals().all()).hasSize(1);
        assertThat(auditSinceSetUp()).isEmpty();
    }
}
