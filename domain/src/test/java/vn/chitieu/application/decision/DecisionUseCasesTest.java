package vn.chitieu.application.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.access.AccessDeniedException;
import vn.chitieu.access.Caller;
import vn.chitieu.access.Role;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.common.NotFoundException;
import vn.chitieu.common.StaleVersionException;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionNotEditableException;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.indicator.Percent;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

/**
 * The decision use cases decide what the HTTP routes used to: the caller's access, the unit and
 * indicator that must exist, the 0–100 % rule of a ratio target, the period inside the year, the
 * version read (optimistic lock) and how a new target merges with the stored one.
 */
class DecisionUseCasesTest {

    private static final Caller ADMIN = new Caller("admin", Role.ADMIN, null);
    private static final Caller KRONG_PAC_EDITOR = new Caller("t-kp", Role.EDITOR, UnitCode.of("krong-pac"));
    private static final Caller KRONG_PAC_VIEWER = new Caller("t-kv", Role.VIEWER, UnitCode.of("krong-pac"));
    private static final UnitCode EA_KLY = UnitCode.of("ea-kly");
    private static final UnitCode EA_LE = UnitCode.of("ea-le");
    private static final IndicatorCode ONLINE = IndicatorCode.of("ONLINE_RATE");
    private static final IndicatorCode EDOC = IndicatorCode.of("EDOC_SENT");

    private final FakeStore store = new FakeStore();
    private final SetTargets setTarget = new SetTargets(store.units, store.decisions, IndicatorCatalogue.builtIn());
    private final IssueDecision issue = new IssueDecision(store.units, store.decisions, store.minimums);

    private SetTargetCommand target(Caller caller, Decision d, long read, UnitCode unit, IndicatorCode indicator,
            String value) {
        return new SetTargetCommand(caller, d.id(), read, unit, indicator, null, new BigDecimal(value), "xã khó khăn");
    }

    @Test
    void aRatioTargetAbove100IsRefusedByTheOneRuleAndACountTargetIsNot() {
        Decision d = store.draft("krong-pac");

        assertThatThrownBy(() -> setTarget.set(target(KRONG_PAC_EDITOR, d, 0, EA_KLY, ONLINE, "101")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.column()).isEqualTo("target");
                        assertThat(p.value()).isEqualTo("101");
                        assertThat(p.reason()).isEqualTo("ONLINE_RATE is a ratio: " + Percent.RANGE);
                    });
                });
        assertThat(store.stored.get(d.id()).version()).isZero();

        DecisionView view = setTarget.set(target(KRONG_PAC_EDITOR, d, 0, EA_KLY, EDOC, "150"));
        assertThat(view.decision().version()).isEqualTo(1);
        assertThat(view.visible()).singleElement().satisfies(a -> assertThat(a.target()).isEqualByComparingTo("150"));
        assertThatThrownBy(() -> setTarget.set(target(KRONG_PAC_EDITOR, store.stored.get(d.id()), 1, EA_KLY, EDOC, "-1")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("EDOC_SENT is a count");
    }

    @Test
    void decisionsAreListedByAYearBetween1900And2999Only() {
        ListDecisions listing = new ListDecisions(store.units, store.decisions);
        store.draft("krong-pac");

        for (int year : new int[] {1899, 3000}) {
            assertThatThrownBy(() -> listing.page(ADMIN, year, null, null, 0, 10))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                            .satisfies(p -> {
                                assertThat(p.column()).isEqualTo("year");
                                assertThat(p.value()).isEqualTo(String.valueOf(year));
                                assertThat(p.reason()).isEqualTo("a year between 1900 and 2999");
                            }));
        }
        assertThat(listing.page(ADMIN, 2999, null, null, 0, 10).total()).isZero();
        assertThat(listing.page(ADMIN, null, null, null, 0, 10).total()).isEqualTo(1);
    }

    @Test
    void tasksWithoutADateAreAsOfTodayInVietnam() {
        Decision d = store.draft("krong-pac");
        java.time.ZoneId vietnam = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
        LocalDate before = LocalDate.now(vietnam);

        LocalDate asOf = new DecisionTasks(store.units, store.decisions).tasks(ADMIN, d.id(), null).asOf();

        assertThat(asOf).isBetween(before, LocalDate.now(vietnam));
    }

    @Test
    void aTargetFromAStaleVersionIsRefusedAndChangesNothing() {
        Decision d = store.draft("krong-pac");
        setTarget.set(target(KRONG_PAC_EDITOR, d, 0, EA_KLY, ONLINE, "50"));

        assertThatThrownBy(() -> setTarget.set(target(KRONG_PAC_EDITOR, d, 0, EA_KLY, ONLINE, "45")))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.expected()).isZero();
                    assertThat(e.actual()).isEqualTo(1);
                });
        assertThat(store.stored.get(d.id()).assignments()).singleElement()
                .satisfies(a -> assertThat(a.target()).isEqualByComparingTo("50"));
    }

    @Test
    void aNewTargetKeepsTheBaselineAndProceduresOfTheStoredOne() {
        Decision d = store.draft("krong-pac");
        Assignment printed = new Assignment(EA_KLY, ONLINE, Period.year(2022), new BigDecimal("40"),
                new BigDecimal("21.82"), Period.year(2021), 104, null, null, null);
        Decision withBaseline = store.decisions.update(d.assign(printed), 0, vn.chitieu.audit.Actor.of("t"), "import");

        DecisionView view = setTarget.set(target(KRONG_PAC_EDITOR, withBaseline, 1, EA_KLY, ONLINE, "45"));

        assertThat(view.decision().assignments()).singleElement().satisfies(a -> {
            assertThat(a.target()).isEqualByComparingTo("45");
            assertThat(a.reason()).isEqualTo("xã khó khăn");
            assertThat(a.baseline()).isEqualByComparingTo("21.82");
            assertThat(a.baselinePeriod()).isEqualTo(Period.year(2021));
            assertThat(a.procedures()).isEqualTo(104);
        });
        assertThat(store.audit).last().isEqualTo("token t-kp (EDITOR krong-pac): xã khó khăn");
    }

    @Test
    void accessIsCheckedBeforeTheUnitTheIndicatorAndThePeriod() {
        Decision d = store.draft("krong-pac");

        assertThatThrownBy(() -> setTarget.set(target(KRONG_PAC_EDITOR, d, 0, EA_LE, ONLINE, "50")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> setTarget.set(target(KRONG_PAC_EDITOR, d, 0, UnitCode.of("atlantis"), ONLINE, "50")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> setTarget.set(target(KRONG_PAC_VIEWER, d, 0, EA_KLY, ONLINE, "50")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> setTarget.set(target(ADMIN, d, 0, UnitCode.of("atlantis"), ONLINE, "50")))
                .isInstanceOf(NotFoundException.class).hasMessage("no unit 'atlantis'");
        assertThatThrownBy(() -> setTarget.set(target(ADMIN, d, 0, EA_LE, ONLINE, "50")))
                .as("a decision of krong-pac assigns nothing to ea-sup's commune").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> setTarget.set(target(ADMIN, d, 0, EA_KLY, IndicatorCode.of("NO_SUCH_RATE"), "50")))
                .isInstanceOf(NotFoundException.class).hasMessage("no indicator 'NO_SUCH_RATE'");
        assertThatThrownBy(() -> setTarget.set(new SetTargetCommand(ADMIN, d.id(), 0, EA_KLY, ONLINE,
                Period.parse("2031"), BigDecimal.TEN, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).column()).isEqualTo("period"))
                .hasMessageContaining("2031").hasMessageContaining("2022");
        assertThatThrownBy(() -> new SetTargetCommand(ADMIN, d.id(), 0, EA_KLY, ONLINE, null, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("a target is required");
        assertThat(store.stored.get(d.id()).version()).isZero();
    }

    @Test
    void aDecisionIsDraftedOnlyForARegisteredIssuerOfTheCallersSubtree() {
        DraftDecision draft = new DraftDecision(store.units, store.decisions);

        assertThatThrownBy(() -> draft.draft(new DraftDecisionCommand(KRONG_PAC_EDITOR, UnitCode.of("dak-lak"), 2022, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> draft.draft(new DraftDecisionCommand(ADMIN, UnitCode.of("atlantis"), 2022, "x")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).column()).isEqualTo("issuer"));
        assertThatThrownBy(() -> new DraftDecisionCommand(ADMIN, UnitCode.of("dak-lak"), null, "x"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("year");
        assertThatThrownBy(() -> new DraftDecisionCommand(ADMIN, UnitCode.of("dak-lak"), 2022, " "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("title");
        assertThat(store.stored).isEmpty();

        DecisionView view = draft.draft(new DraftDecisionCommand(KRONG_PAC_EDITOR, UnitCode.of("krong-pac"), 2022,
                "Giao chỉ tiêu năm 2022 cho các xã"));
        assertThat(view.decision().status()).isEqualTo(DecisionStatus.DRAFT);
        assertThat(view.decision().version()).isZero();
        assertThat(store.stored).containsKey(view.decision().id());
    }

    @Test
    void aDecisionIsIssuedFromTheVersionReadAndThenNeverEdited() {
        Decision d = store.draft("krong-pac");
        setTarget.set(target(KRONG_PAC_EDITOR, d, 0, EA_KLY, ONLINE, "40"));

        assertThatThrownBy(() -> issue.issue(new IssueDecisionCommand(KRONG_PAC_EDITOR, d.id(), 0, "125/QĐ-UBND", null, null)))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> issue.issue(new IssueDecisionCommand(new Caller("t-es", Role.EDITOR, UnitCode.of("ea-sup")),
                d.id(), 1, "125/QĐ-UBND", null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> new IssueDecisionCommand(ADMIN, d.id(), 1, " ", null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("official number");

        DecisionView issued = issue.issue(new IssueDecisionCommand(KRONG_PAC_EDITOR, d.id(), 1, " 125/QĐ-UBND ",
                "Chủ tịch UBND huyện", LocalDate.of(2022, 4, 15)));
        assertThat(issued.decision().status()).isEqualTo(DecisionStatus.ISSUED);
        assertThat(issued.decision().number()).contains("125/QĐ-UBND");
        assertThat(store.audit).last().isEqualTo("token t-kp (EDITOR krong-pac): issued as 125/QĐ-UBND");
        assertThatThrownBy(() -> setTarget.set(target(KRONG_PAC_EDITOR, issued.decision(), 2, EA_KLY, ONLINE, "45")))
                .isInstanceOf(DecisionNotEditableException.class);
    }

    @Test
    void aCallerReadsOnlyTheTargetsOfItsSubtree() {
        Decision d = store.draft("dak-lak");
        Decision both = store.decisions.update(d.assignAll(List.of(Assignment.of(EA_KLY, ONLINE, Period.year(2022),
                BigDecimal.TEN), Assignment.of(EA_LE, ONLINE, Period.year(2022), BigDecimal.ONE))), 0,
                vn.chitieu.audit.Actor.of("t"), null);
        ReadDecision read = new ReadDecision(store.units, store.decisions);

        assertThat(read.read(ADMIN, both.id()).visible()).hasSize(2);
        assertThat(read.read(KRONG_PAC_VIEWER, both.id()).visible()).extracting(Assignment::unit).containsExactly(EA_KLY);
        Decision other = store.draft("ea-sup");
        assertThatThrownBy(() -> read.read(KRONG_PAC_VIEWER, other.id())).isInstanceOf(AccessDeniedException.class);
    }
}
