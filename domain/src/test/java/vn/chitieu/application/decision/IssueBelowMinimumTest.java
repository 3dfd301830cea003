package vn.chitieu.application.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chitieu.access.Caller;
import vn.chitieu.access.Role;
import vn.chitieu.allocation.BelowMinimumException;
import vn.chitieu.allocation.Minimum;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DecisionStatus;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/** Issuing checks every target of the decision against the stored legal minimums (issue 12). */
class IssueBelowMinimumTest {

    private static final Caller KRONG_PAC_EDITOR = new Caller("t-kp", Role.EDITOR, UnitCode.of("krong-pac"));
    private static final IndicatorCode DIGITIZATION = IndicatorCode.of("DIGITIZATION_RATE");
    private static final IndicatorCode ONLINE = IndicatorCode.of("ONLINE_RATE");

    private final FakeStore store = new FakeStore();
    private final SetTargets setTarget = new SetTargets(store.units, store.decisions, IndicatorCatalogue.builtIn());
    private final IssueDecision issue = new IssueDecision(store.units, store.decisions, store.minimums);

    private Decision withTargets(String digitization, String online) {
        Decision d = store.draft("krong-pac");
        setTarget.set(new SetTargetCommand(KRONG_PAC_EDITOR, d.id(), 0, UnitCode.of("ea-kly"), DIGITIZATION, null,
                new BigDecimal(digitization), "xã khó khăn"));
        setTarget.set(new SetTargetCommand(KRONG_PAC_EDITOR, d.id(), 1, UnitCode.of("ea-kly"), ONLINE, null,
                new BigDecimal(online), null));
        return store.stored.get(d.id());
    }

    private IssueDecisionCommand issuing(Decision d) {
        return new IssueDecisionCommand(KRONG_PAC_EDITOR, d.id(), d.version(), "125/QĐ-UBND", "Chủ tịch UBND huyện",
                LocalDate.of(2022, 4, 15));
    }

    @Test
    void aCommuneDigitizationTargetOf10IsRefusedAgainstThe15Of876AndTheDecisionStaysADraft() {
        store.minimumsInForce.add(new Minimum("876/QĐ-BNV", DIGITIZATION, UnitKind.COMMUNE, BigDecimal.valueOf(15)));
        store.minimumsInForce.add(new Minimum("3478/QĐ-UBND", DIGITIZATION, UnitKind.COMMUNE, BigDecimal.valueOf(12)));
        Decision d = withTargets("10", "30");

        assertThatThrownBy(() -> issue.issue(issuing(d)))
                .isInstanceOfSatisfying(BelowMinimumException.class, e -> {
                    assertThat(e.code()).isEqualTo("BELOW_MINIMUM");
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.unit()).isEqualTo(UnitCode.of("ea-kly"));
                        assertThat(v.indicator()).isEqualTo(DIGITIZATION);
                        assertThat(v.target()).isEqualByComparingTo("10");
                        // the higher of the two minimums is the floor, with its source
                        assertThat(v.minimum().minimum()).isEqualByComparingTo("15");
                        assertThat(v.minimum().source()).isEqualTo("876/QĐ-BNV");
                    });
                    assertThat(e.getMessage()).contains("ea-kly DIGITIZATION_RATE 2022: 10 < 15 (876/QĐ-BNV, COMMUNE)");
                });
        Decision after = store.stored.get(d.id());
        assertThat(after.status()).isEqualTo(DecisionStatus.DRAFT);
        assertThat(after.version()).isEqualTo(d.version());
    }

    @Test
    void atTheMinimumOrForAnotherKindOrIndicatorTheDecisionIsIssued() {
        store.minimumsInForce.add(new Minimum("876/QĐ-BNV", DIGITIZATION, UnitKind.COMMUNE, BigDecimal.valueOf(15)));
        store.minimumsInForce.add(new Minimum("876/QĐ-BNV", ONLINE, UnitKind.DISTRICT, BigDecimal.valueOf(60)));
        Decision d = withTargets("15", "30");

        DecisionView issued = issue.issue(issuing(d));

        assertThat(issued.decision().status()).isEqualTo(DecisionStatus.ISSUED);
    }
}
