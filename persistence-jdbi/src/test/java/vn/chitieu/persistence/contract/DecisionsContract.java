package vn.chitieu.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chitieu.application.imports.TargetImportPlan;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.StaleVersionException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionId;
import vn.chitieu.decision.DecisionNotEditableException;
import vn.chitieu.decision.DecisionNotFoundException;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.ImportFile;
import vn.chitieu.port.out.ImportSummary;
import vn.chitieu.unit.UnitCode;

/** What every implementation of {@link Decisions} must do. */
public abstract class DecisionsContract extends ContractSupport {

    private static final UnitCode DAKLAK = UnitCode.of("daklak");
    private static final UnitCode SO_Y_TE = UnitCode.of("so-y-te");
    private static final UnitCode SO_NOI_VU = UnitCode.of("so-noi-vu");
    private static final IndicatorCode ONLINE_RATE = IndicatorCode.of("ONLINE_RATE");
    private static final Period Y2022 = Period.year(2022);

    @BeforeEach
    void registerTheSeedUnits() {
        imports.importUnits(Seeds.dakLakUnits(), by(LAN));
        markAudit();
    }

    private static Assignment target(UnitCode unit, String percent) {
        return Assignment.of(unit, ONLINE_RATE, Y2022, new BigDecimal(percent));
    }

    private Decision aStoredDraft() {
        Decision draft = Decision.draft(DAKLAK, 2022, "Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2022")
                .assign(target(SO_Y_TE, "99")).assign(target(SO_NOI_VU, "94"));
        return storage.decisions().add(draft, LAN, "dự thảo");
    }

    private List<AuditEntry> auditOf(AuditAction action) {
        return auditSinceSetUp().stream().filter(e -> e.action() == action).toList();
    }

    @Test
    void aDraftIsStoredAtVersionZeroAndReadBackWithItsTargetsInOrder() {
        Decision stored = aStoredDraft();

        Decision read = storage.decisions().findById(stored.id()).orElseThrow();

        assertThat(stored.version()).isZero();
        assertThat(read.version()).isZero();
        assertThat(read.status()).isEqualTo(DecisionStatus.DRAFT);
        assertThat(read.title()).isEqualTo("Giao chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2022");
        assertThat(read.assignments()).extracting(Assignment::unit).containsExactly(SO_Y_TE, SO_NOI_VU);
        assertThat(read.assignment(target(SO_Y_TE, "99").key()).orElseThrow().target()).isEqualByComparingTo("99");
        assertThat(storage.decisions().findByYear(2022)).extracting(Decision::id).containsExactly(stored.id());
        assertThat(storage.decisions().findByYear(2023)).isEmpty();
        assertThat(auditOf(AuditAction.DECISION_CREATED)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(LAN));
        assertThat(auditOf(AuditAction.TARGET_SET)).hasSize(2);
    }

    @Test
    void anAssignmentKeepsItsContext() {
        Assignment full = new Assignment(SO_Y_TE, ONLINE_RATE, Y2022, new BigDecimal("98"), new BigDecimal("99.96"),
                Period.year(2021), 118, SO_Y_TE, UnitCode.of("so-thong-tin-va-truyen-thong"), "đề xuất của đơn vị");
        Decision stored = storage.decisions().add(Decision.draft(DAKLAK, 2022, "QĐ").assign(full), LAN, null);

        Assignment read = storage.decisions().findById(stored.id()).orElseThrow().assignments().get(0);

        assertThat(read.baseline()).isEqualByComparingTo("99.96");
        assertThat(read.baselinePeriod()).isEqualTo(Period.year(2021));
        assertThat(read.procedures()).isEqualTo(118);
        assertThat(read.leadUnit()).isEqualTo(SO_Y_TE);
        assertThat(read.coordinatingUnit()).isEqualTo(UnitCode.of("so-thong-tin-va-truyen-thong"));
        assertThat(read.reason()).isEqualTo("đề xuất của đơn vị");
    }

    @Test
    void changingATargetRaisesTheVersionByOneAndAuditsOldAndNewValue() {
        Decision stored = aStoredDraft();

        Decision changed = storage.decisions().assign(stored.id(), 0, target(SO_Y_TE, "98"), MINH,
                "đơn vị đề nghị giảm");

        assertThat(changed.version()).isEqualTo(1);
        Decision read = storage.decisions().findById(stored.id()).orElseThrow();
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.assignment(target(SO_Y_TE, "0").key()).orElseThrow().target()).isEqualByComparingTo("98");
        assertThat(auditOf(AuditAction.TARGET_CHANGED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(MINH);
            assertThat(e.subject()).isEqualTo("decision/" + stored.id() + "/ONLINE_RATE/so-y-te/2022");
            assertThat(e.oldValue()).isEqualTo("target=99");
            assertThat(e.newValue()).isEqualTo("target=98");
            assertThat(e.reason()).isEqualTo("đơn vị đề nghị giảm");
        });
    }

    @Test
    void aChangeFromAnOldVersionIsRefusedAndWritesNothing() {
        Decision stored = aStoredDraft();
        storage.decisions().assign(stored.id(), 0, target(SO_Y_TE, "98"), MINH, null);
        int audit = storage.auditLog().all().size();

        assertThatThrownBy(() -> storage.decisions().update(stored.assign(target(SO_NOI_VU, "87")), 0, LAN, null))
                .isInstanceOf(StaleVersionException.class)
                .satisfies(e -> assertThat(((StaleVersionException) e).actual()).isEqualTo(1));

        Decision read = storage.decisions().findById(stored.id()).orElseThrow();
        assertThat(read.assignment(target(SO_NOI_VU, "0").key()).orElseThrow().target()).isEqualByComparingTo("94");
        assertThat(read.version()).isEqualTo(1);
        assertThat(storage.auditLog().all()).hasSize(audit);
    }

    @Test
    void twoConcurrentChangesFromTheSameVersionOneWinsTheOtherIsRefused() throws Exception {
        Decision stored = aStoredDraft();
        Decision byLan = stored.assign(target(SO_Y_TE, "97"));
        Decision byMinh = stored.assign(target(SO_Y_TE, "96"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Decision> lan = pool.submit(waitThen(start, () -> storage.decisions().update(byLan, 0, LAN, "Lan")));
            Future<Decision> minh = pool.submit(waitThen(start, () -> storage.decisions().update(byMinh, 0, MINH, "Minh")));
            start.countDown();
            List<Object> outcomes = List.of(outcome(lan), outcome(minh));

            assertThat(outcomes).filteredOn(o -> o instanceof Decision).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof StaleVersionException).hasSize(1);
            boolean lanWon = outcomes.get(0) instanceof Decision;
            String winningTarget = lanWon ? "97" : "96";
            Decision read = storage.decisions().findById(stored.id()).orElseThrow();
            assertThat(read.version()).isEqualTo(1);
            assertThat(read.assignment(target(SO_Y_TE, "0").key()).orElseThrow().target())
                    .isEqualByComparingTo(winningTarget);
            assertThat(auditOf(AuditAction.TARGET_CHANGED)).singleElement().satisfies(e -> {
                assertThat(e.actor()).isEqualTo(lanWon ? LAN : MINH);
                assertThat(e.newValue()).isEqualTo("target=" + winningTarget);
                assertThat(e.reason()).isEqualTo(lanWon ? "Lan" : "Minh");
            });
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> Callable<T> waitThen(CountDownLatch start, Callable<T> work) {
        return () -> {
            start.await(10, TimeUnit.SECONDS);
            return work.call();
        };
    }

    private static Object outcome(Future<?> f) throws InterruptedException {
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            return e;
        }
    }

    @Test
    void issuingADecisionFreezesIt() {
        Decision stored = aStoredDraft();
        Decision issued = storage.decisions().update(stored.issue("3086/QĐ-UBND", "Nguyễn Văn A", LocalDate.of(2022, 3, 1)),
                0, LAN, "ký ban hành");

        assertThat(issued.status()).isEqualTo(DecisionStatus.ISSUED);
        assertThat(issued.version()).isEqualTo(1);
        Decision read = storage.decisions().findById(stored.id()).orElseThrow();
        assertThat(read.number()).contains("3086/QĐ-UBND");
        assertThat(read.signedOn()).contains(LocalDate.of(2022, 3, 1));
        assertThat(auditOf(AuditAction.DECISION_CHANGED)).singleElement()
                .satisfies(e -> assertThat(e.newValue()).contains("status=ISSUED").contains("3086/QĐ-UBND"));

        // the domain refuses
        assertThatThrownBy(() -> read.assign(target(SO_Y_TE, "50"))).isInstanceOf(DecisionNotEditableException.class);
        assertThatThrownBy(() -> storage.decisions().assign(stored.id(), 1, target(SO_Y_TE, "50"), MINH, null))
                .isInstanceOf(DecisionNotEditableException.class);
        // and so does storage, even for a draft object claiming the issued one's id and version
        Decision forged = Decision.reconstitute(stored.id(), null, DAKLAK, 2022, "giả", null, null, DecisionStatus.DRAFT, 1,
                List.of(target(SO_Y_TE, "50")));
        assertThatThrownBy(() -> storage.decisions().update(forged, 1, MINH, null))
                .isInstanceOf(DecisionNotEditableException.class);
        assertThat(storage.decisions().findById(stored.id()).orElseThrow().assignment(target(SO_Y_TE, "0").key())
                .orElseThrow().target()).isEqualByComparingTo("99");
    }

    @Test
    void removingATargetFromADraftIsAudited() {
        Decision stored = aStoredDraft();
        Decision without = Decision.reconstitute(stored.id(), null, DAKLAK, 2022, stored.title(), null, null,
                DecisionStatus.DRAFT, 0, List.of(target(SO_NOI_VU, "94")));

        storage.decisions().update(without, 0, MINH, "không giao");

        assertThat(storage.decisions().findById(stored.id()).orElseThrow().assignments()).extracting(Assignment::unit)
                .containsExactly(SO_NOI_VU);
        assertThat(auditOf(AuditAction.TARGET_REMOVED)).singleElement()
                .satisfies(e -> assertThat(e.oldValue()).isEqualTo("target=99"));
    }

    @Test
    void anUnknownDecisionIsNotFound() {
        Decision ghost = Decision.draft(DAKLAK, 2022, "không có");

        assertThatThrownBy(() -> storage.decisions().update(ghost, 0, LAN, null))
                .isInstanceOf(DecisionNotFoundException.class);
        assertThat(storage.decisions().findById(DecisionId.random())).isEmpty();
    }

    @Test
    void importingTheSeedTargetsMakesOneDraftForTheYear() {
        ImportSummary summary = imports.importTargets(DAKLAK, Seeds.dakLakTargets(), by(LAN));

        assertThat(summary.inserted()).isEqualTo(33);
        List<Decision> drafts = storage.decisions().findByYear(2022);
        assertThat(drafts).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DecisionStatus.DRAFT);
            assertThat(d.issuer()).isEqualTo(DAKLAK);
            assertThat(d.title()).isEqualTo(TargetImportPlan.importedDraftTitle(2022));
            assertThat(d.assignments()).hasSize(33);
            assertThat(d.assignment(target(UnitCode.of("buon-ma-thuot"), "0").key()).orElseThrow().target())
                    .isEqualByComparingTo("79");
        });
        assertThat(storage.importBatches().all()).filteredOn(b -> b.kind() == vn.chitieu.port.out.ImportKind.TARGETS)
                .singleElement().satisfies(b -> assertThat(b.inserted()).isEqualTo(33));
    }

    @Test
    void reImportingTheSameTargetsChangesNothing() {
        imports.importTargets(DAKLAK, Seeds.dakLakTargets(), by(LAN));
        Decision before = storage.decisions().findByYear(2022).get(0);
        int audit = storage.auditLog().all().size();

        ImportSummary again = imports.importTargets(DAKLAK, Seeds.dakLakTargets(), by(LAN));

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(33);
        assertThat(storage.decisions().findByYear(2022)).singleElement()
                .satisfies(d -> assertThat(d.version()).isEqualTo(before.version()));
        assertThat(storage.auditLog().all()).hasSize(audit);
    }

    @Test
    void aChangedTargetIsCountedUpdatedWithItsReason() {
        imports.importTargets(DAKLAK, Seeds.dakLakTargets(), by(LAN));
        ImportFile<Assignment> changed = withLine(Seeds.dakLakTargets(), 2,
                a -> a.withTarget(new BigDecimal("98"), "đề xuất của đơn vị"));

        ImportSummary summary = imports.importTargets(DAKLAK, changed, by(MINH));

        assertThat(summary.updated()).isEqualTo(1);
        assertThat(summary.unchanged()).isEqualTo(32);
        Decision draft = storage.decisions().findByYear(2022).get(0);
        assertThat(draft.version()).isEqualTo(1);
        Assignment a = draft.assignment(target(UnitCode.of("so-cong-thuong"), "0").key()).orElseThrow();
        assertThat(a.target()).isEqualByComparingTo("98");
        assertThat(a.reason()).isEqualTo("đề xuất của đơn vị");
        assertThat(auditOf(AuditAction.TARGET_CHANGED)).singleElement().satisfies(e -> {
            assertThat(e.oldValue()).isEqualTo("target=99");
            assertThat(e.newValue()).isEqualTo("target=98; reason=đề xuất của đơn vị");
            assertThat(e.actor()).isEqualTo(MINH);
        });
    }

    @Test
    void targetsWithAnUnknownUnitAreRefusedWholeWithEveryBadLine() {
        ImportFile<Assignment> bad = plus(withLine(Seeds.dakLakTargets(), 3,
                a -> Assignment.of(UnitCode.of("so-khong-co"), a.indicator(), a.period(), a.target())),
                target(SO_Y_TE, "50"),
                Assignment.of(SO_Y_TE, IndicatorCode.of("NOT_AN_INDICATOR"), Y2022, BigDecimal.TEN));

        ImportSummary summary = imports.importTargets(DAKLAK, bad, by(LAN));

        assertThat(summary.isRefused()).isTrue();
        assertThat(summary.errors()).extracting(InputProblem::line).containsExactly(3, 35, 36);
        assertThat(storage.decisions().all()).isEmpty();
        assertThat(storage.importBatches().all()).filteredOn(b -> b.kind() == vn.chitieu.port.out.ImportKind.TARGETS)
                .isEmpty();
    }

    @Test
    void targetsOfAYearWhoseDecisionIsIssuedGoToANewDraft() {
        imports.importTargets(DAKLAK, Seeds.dakLakTargets(), by(LAN));
        Decision draft = storage.decisions().findByYear(2022).get(0);
        storage.decisions().update(draft.issue("3086/QĐ-UBND", "Nguyễn Văn A", LocalDate.of(2022, 3, 1)), 0, LAN, null);

        ImportSummary again = imports.importTargets(DAKLAK, Seeds.dakLakTargets(), by(LAN));

        assertThat(again.inserted()).isEqualTo(33);
        assertThat(storage.decisions().findByYear(2022)).extracting(Decision::status)
                .containsExactly(DecisionStatus.ISSUED, DecisionStatus.DRAFT);
    }

    @Test
    void aTargetsDryRunStoresNothing() {
        ImportSummary summary = imports.importTargets(DAKLAK, Seeds.dakLakTargets(), by(LAN).asDryRun());

        assertThat(summary.inserted()).isEqualTo(33);
        assertThat(storage.decisions().all()).isEmpty();
        assertThat(new ArrayList<>(auditSinceSetUp())).isEmpty();
    }
}
