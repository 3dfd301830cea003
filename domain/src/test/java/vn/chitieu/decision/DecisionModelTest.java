package vn.chitieu.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/** Seed 001's groups of kinds, effective targets, amendments and the bounds of a decision's texts. */
class DecisionModelTest {

    private static final UnitCode DAK_HA = UnitCode.of("dak-ha");
    private static final UnitCode VP = UnitCode.of("vp-hdnd-ubnd");
    private static final UnitCode HA_MON = UnitCode.of("ha-mon");
    private static final UnitCode DAK_HA_TT = UnitCode.of("tt-dak-ha");
    private static final IndicatorCode FULL_ONLINE = IndicatorCode.of("FULL_ONLINE_RATE");
    private static final IndicatorCode DIGITIZATION = IndicatorCode.of("DIGITIZATION_RATE");
    private static final Period Y2023 = Period.year(2023);
    /** Đắk Hà district (seed 001) with one office, one commune and one township; a neighbour with its commune. */
    private static final UnitTree TREE = UnitTree.of(List.of(
            new Unit(UnitCode.of("kon-tum"), "Tỉnh Kon Tum", UnitKind.PROVINCE, null),
            new Unit(DAK_HA, "UBND huyện Đắk Hà", UnitKind.DISTRICT, UnitCode.of("kon-tum")),
            new Unit(VP, "Văn phòng HĐND-UBND huyện", UnitKind.DISTRICT_OFFICE, DAK_HA),
            new Unit(HA_MON, "Xã Hà Mòn", UnitKind.COMMUNE, DAK_HA),
            new Unit(DAK_HA_TT, "Thị trấn Đắk Hà", UnitKind.TOWNSHIP, DAK_HA),
            new Unit(UnitCode.of("dak-to"), "UBND huyện Đắk Tô", UnitKind.DISTRICT, UnitCode.of("kon-tum")),
            new Unit(UnitCode.of("dak-tram"), "Xã Đắk Trăm", UnitKind.COMMUNE, UnitCode.of("dak-to"))));

    private static final UnitGroup XA = UnitGroup.of("UBND cấp xã", false, UnitKind.COMMUNE, UnitKind.WARD,
            UnitKind.TOWNSHIP);
    private static final UnitGroup HUYEN_VA_XA = UnitGroup.of("UBND huyện, UBND cấp xã", true, UnitKind.COMMUNE,
            UnitKind.WARD, UnitKind.TOWNSHIP);
    private static final UnitGroup CO_QUAN = UnitGroup.of("Các cơ quan chuyên môn cấp huyện", false,
            UnitKind.DISTRICT_OFFICE);

    @Test
    void seed001sGroupsTakeInTheKindsUnderTheIssuerAndTheIssuerOnlyWhenSaid() {
        assertThat(XA.members(TREE, DAK_HA)).containsExactly(HA_MON, DAK_HA_TT);
        assertThat(HUYEN_VA_XA.members(TREE, DAK_HA)).containsExactly(DAK_HA, HA_MON, DAK_HA_TT);
        assertThat(CO_QUAN.members(TREE, DAK_HA)).containsExactly(VP);
        assertThat(XA.covers(TREE, DAK_HA, UnitCode.of("dak-tram"))).isFalse();
    }

    @Test
    void aUnitsOwnTargetBeatsItsGroupsAndTwoGroupsSharingAKindCannotBothGetATarget() {
        Decision d = Decision.draft(DAK_HA, 2023, "Giao chỉ tiêu năm 2023")
                .assignAll(List.of(Assignment.of(HA_MON, FULL_ONLINE, Y2023, new BigDecimal("70"))),
                        List.of(GroupAssignment.of(HUYEN_VA_XA, FULL_ONLINE, Y2023, new BigDecimal("60")),
                                GroupAssignment.of(XA, DIGITIZATION, Y2023, new BigDecimal("15"))));

        assertThat(d.effectiveTarget(TREE, HA_MON, FULL_ONLINE, Y2023)).get().extracting(Assignment::target)
                .isEqualTo(new BigDecimal("70"));
        assertThat(d.effectiveTarget(TREE, DAK_HA, FULL_ONLINE, Y2023)).get().extracting(Assignment::target)
                .isEqualTo(new BigDecimal("60"));
        assertThat(d.effectiveTarget(TREE, DAK_HA, DIGITIZATION, Y2023)).isEmpty();
        assertThat(d.effectiveTargets(TREE)).hasSize(3 + 2);
        assertThatThrownBy(() -> d.assignAll(List.of(),
                List.of(GroupAssignment.of(XA, FULL_ONLINE, Y2023, new BigDecimal("50")))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("share a kind");
    }

    @Test
    void anAmendmentCopiesAnIssuedDecisionAndOnlyAnIssuedOne() {
        Decision draft = Decision.draft(DAK_HA, 2023, "Giao chỉ tiêu năm 2023", List.of(new DocumentReference(
                "55/QĐ-UBND", LocalDate.of(2023, 2, 8), "UBND tỉnh Kon Tum", null, null)), List.of())
                .assignAll(List.of(), List.of(GroupAssignment.of(XA, DIGITIZATION, Y2023, new BigDecimal("15"))));
        assertThatThrownBy(draft::amendment).isInstanceOf(DecisionLifecycleException.class);
        Decision issued = draft.issue("12/QĐ-UBND", "Hà Tiến", LocalDate.of(2023, 2, 20));

        Decision amendment = issued.amendment();

        assertThat(amendment.id()).isNotEqualTo(issued.id());
        assertThat(amendment.status()).isEqualTo(DecisionStatus.DRAFT);
        assertThat(amendment.number()).isEmpty();
        assertThat(amendment.amends()).contains(issued.id());
        assertThat(amendment.groupAssignments()).isEqualTo(issued.groupAssignments());
        assertThat(amendment.legalBases()).isEqualTo(issued.legalBases());
        assertThat(issued.replaced(DecisionStatus.AMENDED).status()).isEqualTo(DecisionStatus.AMENDED);
        assertThatThrownBy(() -> issued.replaced(DecisionStatus.WITHDRAWN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(issued::withdraw).isInstanceOf(DecisionNotEditableException.class);
    }

    @Test
    void textsAreBoundedAndReadInNfc() {
        assertThatThrownBy(() -> Decision.draft(DAK_HA, 2023, "x".repeat(2001)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 2000 characters");
        assertThatThrownBy(() -> new Task("t", DAK_HA, XA, LocalDate.of(2023, 6, 30)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Task("t", DAK_HA, null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new DocumentReference(null, null, "Bộ Nội vụ", null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new UnitGroup("rỗng", java.util.Set.of(), false)).isInstanceOf(InvalidInputException.class);
        String nfd = java.text.Normalizer.normalize("Đắk Hà", java.text.Normalizer.Form.NFD);
        assertThat(Decision.draft(DAK_HA, 2023, nfd).title()).isEqualTo("Đắk Hà");
    }
}
