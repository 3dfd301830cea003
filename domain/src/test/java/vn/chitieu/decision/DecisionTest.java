package vn.chitieu.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

class DecisionTest {

    private static final IndicatorCode ONLINE_RATE = IndicatorCode.of("ONLINE_RATE");

    private static Assignment target(String unit, String value) {
        return Assignment.of(UnitCode.of(unit), ONLINE_RATE, Period.year(2022), new BigDecimal(value));
    }

    @Test
    void aDraftTakesTargetsAndCountsItsVersions() {
        Decision d = Decision.draft(UnitCode.of("daklak"), 2022, "Giao chỉ tiêu 2022")
                .assign(target("so-y-te", "98"))
                .assign(target("so-noi-vu", "87"));
        assertThat(d.assignments()).hasSize(2);
        assertThat(d.version()).isEqualTo(2);
        assertThat(d.status()).isEqualTo(DecisionStatus.DRAFT);
        assertThat(d.number()).isEmpty();
    }

    @Test
    void settingATargetTwiceReplacesIt() {
        Decision d = Decision.draft(UnitCode.of("daklak"), 2022, "Giao chỉ tiêu 2022")
                .assign(target("so-y-te", "99"))
                .assign(target("so-y-te", "98"));
        assertThat(d.assignments()).singleElement().satisfies(a -> assertThat(a.target()).isEqualByComparingTo("98"));
    }

    @Test
    void anIssuedDecisionIsNeverEditedInPlace() {
        Decision issued = Decision.draft(UnitCode.of("daklak"), 2022, "Giao chỉ tiêu 2022")
                .assign(target("so-y-te", "98"))
                .issue("1234/QĐ-UBND", "Nguyễn Tuấn Hà", LocalDate.of(2022, 5, 20));

        assertThat(issued.status()).isEqualTo(DecisionStatus.ISSUED);
        assertThatThrownBy(() -> issued.assign(target("so-y-te", "90")))
                .isInstanceOf(DecisionNotEditableException.class)
                .hasMessageContaining("ISSUED");
        assertThatThrownBy(() -> issued.issue("1/QĐ", "x", LocalDate.now()))
                .isInstanceOf(DecisionNotEditableException.class);
    }

    @Test
    void aTargetForAPeriodOutsideTheDecisionsYearIsRefusedNamingBoth() {
        Decision d = Decision.draft(UnitCode.of("daklak"), 2022, "Giao chỉ tiêu 2022");

        for (Period outside : new Period[] {Period.year(2031), Period.quarter(1999, 1), Period.month(2023, 1)}) {
            Assignment a = Assignment.of(UnitCode.of("so-y-te"), ONLINE_RATE, outside, new BigDecimal("90"));
            assertThatThrownBy(() -> d.assign(a)).isInstanceOf(PeriodOutsideYearException.class)
                    .hasMessageContaining(outside.toString()).hasMessageContaining("2022");
            assertThatThrownBy(() -> d.assignAll(java.util.List.of(target("so-y-te", "90"), a)))
                    .isInstanceOf(PeriodOutsideYearException.class);
        }
        assertThat(d.assign(Assignment.of(UnitCode.of("so-y-te"), ONLINE_RATE, Period.quarter(2022, 3), BigDecimal.TEN))
                .assignments()).hasSize(1);
    }

    @Test
    void aDecisionCoversItsIssuersSubtreeOnly() {
        vn.chitieu.unit.UnitTree tree = vn.chitieu.unit.UnitTree.of(vn.chitieu.fixtures.DakLakUnits.of2022());
        Decision district = Decision.draft(UnitCode.of("buon-ho"), 2022, "Giao chỉ tiêu 2022");

        assertThat(district.covers(tree, UnitCode.of("buon-ho"))).isTrue();
        assertThat(district.covers(tree, UnitCode.of("krong-ana"))).isFalse();
        assertThat(district.covers(tree, UnitCode.of("daklak"))).isFalse();
        assertThat(Decision.draft(UnitCode.of("daklak"), 2022, "x").covers(tree, UnitCode.of("krong-ana"))).isTrue();
    }

    @Test
    void anIssuedDecisionHasANumber() {
        Decision draft = Decision.draft(UnitCode.of("daklak"), 2022, "Giao chỉ tiêu 2022");
        assertThatThrownBy(() -> draft.issue(" ", "x", LocalDate.now())).isInstanceOf(IllegalArgumentException.class);
    }
}
