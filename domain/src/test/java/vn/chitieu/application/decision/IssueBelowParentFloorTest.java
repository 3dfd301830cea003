package vn.chitieu.application.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.access.Caller;
import vn.chitieu.access.Role;
import vn.chitieu.allocation.BelowMinimumException;
import vn.chitieu.allocation.Minimum;
import vn.chitieu.allocation.MinimumViolation;
import vn.chitieu.audit.Actor;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionConflictException;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.decision.DocumentReference;
import vn.chitieu.decision.GroupAssignment;
import vn.chitieu.decision.UnitGroup;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/**
 * Seed 001's case: the province's decision gives "UBND cấp xã" (every COMMUNE, WARD, TOWNSHIP) a
 * digitization target of 15 %; a district decision that cites it as legal basis may not give one
 * of its communes less (issue 12 item 3, "a parent decision cited as legal basis sets floors").
 */
class IssueBelowParentFloorTest {

    private static final Caller PROVINCE_EDITOR = new Caller("t-dl", Role.EDITOR, UnitCode.of("dak-lak"));
    private static final Caller KRONG_PAC_EDITOR = new Caller("t-kp", Role.EDITOR, UnitCode.of("krong-pac"));
    private static final IndicatorCode DIGITIZATION = IndicatorCode.of("DIGITIZATION_RATE");
    private static final IndicatorCode ONLINE = IndicatorCode.of("ONLINE_RATE");
    private static final String PROVINCE_NUMBER = "3086/QĐ-UBND";

    private final FakeStore store = new FakeStore();
    private final DraftDecision draft = new DraftDecision(store.units, store.decisions);
    private final SetTargets setTarget = new SetTargets(store.units, store.decisions, IndicatorCatalogue.builtIn());
    private final IssueDecision issue = new IssueDecision(store.units, store.decisions, store.minimums);

    /** The province's decision 3086/QĐ-UBND, issued: "UBND cấp xã" DIGITIZATION_RATE 15 % for 2022. */
    private Decision provinceIssued() {
        Decision d = store.draft("dak-lak");
        Decision withGroup = store.decisions.update(d.assignAll(List.of(), List.of(GroupAssignment.of(
                UnitGroup.of("UBND cấp xã", false, UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP), DIGITIZATION,
                Period.year(2022), new BigDecimal("15")))), d.version(), Actor.of("test"), "nhóm UBND cấp xã");
        return issue.issue(new IssueDecisionCommand(PROVINCE_EDITOR, withGroup.id(), withGroup.version(),
                PROVINCE_NUMBER, "Chủ tịch UBND tỉnh", LocalDate.of(2022, 3, 1))).decision();
    }

    /** Krông Pắc's draft citing {@code basis}, with Ea Kly's digitization target of {@code target} for {@code period}. */
    private Decision districtDraft(String basis, Period period, String target) {
        DecisionView drafted = draft.draft(new DraftDecisionCommand(KRONG_PAC_EDITOR, UnitCode.of("krong-pac"), 2022,
                "Giao chỉ tiêu số hóa cho các xã năm 2022", List.of(new DocumentReference(basis,
                        LocalDate.of(2022, 3, 1), "UBND tỉnh", "Giao chỉ tiêu năm 2022", null)), List.of()));
        Decision d = drafted.decision();
        setTarget.set(new SetTargetCommand(KRONG_PAC_EDITOR, d.id(), d.version(), UnitCode.of("ea-kly"), DIGITIZATION,
                period, new BigDecimal(target), "xã khó khăn"));
        return store.stored.get(d.id());
    }

    private IssueDecisionCommand issuing(Decision d) {
        return new IssueDecisionCommand(KRONG_PAC_EDITOR, d.id(), d.version(), "125/QĐ-UBND", "Chủ tịch UBND huyện",
                LocalDate.of(2022, 4, 15));
    }

    @Test
    void aCommuneTargetOf10BelowTheProvincesGroupTargetOf15IsRefusedNamingTheProvincesNumber() {
        Decision province = provinceIssued();
        Decision d = districtDraft(PROVINCE_NUMBER, null, "10");
        assertThat(d.legalBases().get(0).decision()).as("the basis links to the province's decision")
                .isEqualTo(province.id());

        assertThatThrownBy(() -> issue.issue(issuing(d)))
                .isInstanceOfSatisfying(BelowMinimumException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.unit()).isEqualTo(UnitCode.of("ea-kly"));
                        assertThat(v.indicator()).isEqualTo(DIGITIZATION);
                        assertThat(v.target()).isEqualByComparingTo("10");
                        assertThat(v.minimum().minimum()).isEqualByComparingTo("15");
                        assertThat(v.minimum().source()).isEqualTo(PROVINCE_NUMBER);
                    });
                    assertThat(e.getMessage()).contains("ea-kly DIGITIZATION_RATE 2022: 10 < 15 (3086/QĐ-UBND, COMMUNE)");
                });
        Decision after = store.stored.get(d.id());
        assertThat(after.status()).isEqualTo(DecisionStatus.DRAFT);
        assertThat(after.version()).isEqualTo(d.version());
    }

    @Test
    void atTheProvincesTargetOf15TheDistrictDecisionIsIssued() {
        provinceIssued();
        Decision d = districtDraft(PROVINCE_NUMBER, null, "15");

        assertThat(issue.issue(issuing(d)).decision().status()).isEqualTo(DecisionStatus.ISSUED);
    }

    @Test
    void aBasisThatIsNotAStoredDecisionAddsNoFloor() {
        Decision d = districtDraft("876/QĐ-BNV", null, "10");
        assertThat(d.legalBases().get(0).decision()).isNull();

        assertThat(issue.issue(issuing(d)).decision().status()).isEqualTo(DecisionStatus.ISSUED);
    }

    @Test
    void anIssuedProvinceDecisionThatIsNotCitedSetsNoFloorButClashes() {
        provinceIssued();
        Decision d = districtDraft("876/QĐ-BNV", null, "10");
        assertThat(d.legalBases().get(0).decision()).isNull();

        // not a parent: no floor from it (no BelowMinimumException), and its commune target is a clash
        assertThatThrownBy(() -> issue.issue(issuing(d))).isInstanceOf(DecisionConflictException.class)
                .hasMessageContaining(PROVINCE_NUMBER).hasMessageContaining("(ea-kly, DIGITIZATION_RATE, 2022)");
        assertThat(store.stored.get(d.id()).status()).isEqualTo(DecisionStatus.DRAFT);
    }

    @Test
    void theProvincesYearTargetIsTheFloorOfAQuarterTarget() {
        provinceIssued();
        Decision d = districtDraft(PROVINCE_NUMBER, Period.quarter(2022, 1), "12");

        assertThatThrownBy(() -> issue.issue(issuing(d)))
                .isInstanceOfSatisfying(BelowMinimumException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.period()).isEqualTo(Period.quarter(2022, 1));
                            assertThat(v.target()).isEqualByComparingTo("12");
                            assertThat(v.minimum().minimum()).isEqualByComparingTo("15");
                            assertThat(v.minimum().source()).isEqualTo(PROVINCE_NUMBER);
                        }));
    }

    @Test
    void theParentsFloorAndAStoredMinimumAreRefusedTogetherInOneRefusal() {
        store.minimumsInForce.add(new Minimum("876/QĐ-BNV", ONLINE, UnitKind.COMMUNE, new BigDecimal("50")));
        provinceIssued();
        Decision d = districtDraft(PROVINCE_NUMBER, null, "10");
        setTarget.set(new SetTargetCommand(KRONG_PAC_EDITOR, d.id(), d.version(), UnitCode.of("ea-kly"), ONLINE, null,
                new BigDecimal("30"), null));
        Decision both = store.stored.get(d.id());

        assertThatThrownBy(() -> issue.issue(issuing(both)))
                .isInstanceOfSatisfying(BelowMinimumException.class, e -> assertThat(e.violations())
                        .extracting(MinimumViolation::describe)
                        .containsExactlyInAnyOrder("ea-kly DIGITIZATION_RATE 2022: 10 < 15 (3086/QĐ-UBND, COMMUNE)",
                                "ea-kly ONLINE_RATE 2022: 30 < 50 (876/QĐ-BNV, COMMUNE)"));
    }

    @Test
    void anAmendedParentIsFollowedToTheDecisionInForce() {
        Decision province = provinceIssued();
        Decision d = districtDraft(PROVINCE_NUMBER, null, "15");
        // the province then amends its decision: communes at 20 %
        Decision amendment = store.decisions.add(province.amendment(), Actor.of("test"), null);
        Decision raised = store.decisions.update(amendment.assignAll(List.of(), List.of(GroupAssignment.of(
                UnitGroup.of("UBND cấp xã", false, UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP), DIGITIZATION,
                Period.year(2022), new BigDecimal("20")))), amendment.version(), Actor.of("test"), "nâng lên 20");
        issue.issue(new IssueDecisionCommand(PROVINCE_EDITOR, raised.id(), raised.version(), "3200/QĐ-UBND",
                "Chủ tịch UBND tỉnh", LocalDate.of(2022, 4, 1)));
        assertThat(store.stored.get(province.id()).status()).isEqualTo(DecisionStatus.AMENDED);

        assertThatThrownBy(() -> issue.issue(issuing(d)))
                .isInstanceOfSatisfying(BelowMinimumException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.minimum().minimum()).isEqualByComparingTo("20");
                            assertThat(v.minimum().source()).isEqualTo("3200/QĐ-UBND");
                        }));
    }
}
