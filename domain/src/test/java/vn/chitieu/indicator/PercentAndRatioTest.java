package vn.chitieu.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class PercentAndRatioTest {

    @Test
    void aPercentageLiesBetweenZeroAndHundred() {
        assertThatThrownBy(() -> Percent.of("100.01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percent.of("-0.01")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Percent.of("50")).isEqualTo(Percent.of("50.00"));
    }

    @Test
    void aRatioIndicatorsValuesAre0To100AndACountIndicatorsAnyNumberNotNegative() {
        Indicator online = IndicatorCatalogue.builtIn().find("ONLINE_RATE").orElseThrow();
        Indicator sent = IndicatorCatalogue.builtIn().find("EDOC_SENT").orElseThrow();
        assertThat(online.refusal(new BigDecimal("100"))).isEmpty();
        assertThat(online.refusal(BigDecimal.ZERO)).isEmpty();
        assertThat(online.refusal(new BigDecimal("150"))).hasValueSatisfying(r -> assertThat(r)
                .contains("ONLINE_RATE", "0–100 %"));
        assertThat(online.refusal(new BigDecimal("-1"))).isPresent();
        assertThat(sent.refusal(new BigDecimal("150"))).isEmpty();
        assertThat(sent.refusal(new BigDecimal("-1"))).hasValueSatisfying(r -> assertThat(r).contains("negative"));
        assertThat(Percent.refusal(new BigDecimal("100.0001"))).hasValue(Percent.RANGE);
        assertThatThrownBy(() -> Percent.of("150")).hasMessageContaining("0–100 %");
    }

    @Test
    void theSeed000WorkedExampleIsEightyPercent() {
        assertThat(new Ratio(800, 1000).percentValue()).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("80"));
    }

    @Test
    void noDossiersIsNotAvailableNotZero() {
        assertThat(new Ratio(0, 0).isAvailable()).isFalse();
        assertThat(new Ratio(0, 0).percentValue()).isEmpty();
    }

    @Test
    void buonDonsOnTimeRateIsExactlyNinetyFivePointSixTwoFive() {
        // seed 003 prints 95.7 for 153 / 160
        assertThat(new Ratio(153, 160).percentValue()).hasValue(new BigDecimal("95.625"));
        assertThat(new Ratio(153, 160).percentValue(1, RoundingMode.HALF_UP)).hasValue(new BigDecimal("95.6"));
    }

    @Test
    void theBuiltInCatalogueHoldsTheIndicatorsOfTheSeeds() {
        assertThat(IndicatorCatalogue.builtIn().all()).extracting(i -> i.code().value()).contains("ONLINE_RATE",
                "ONLINE_SERVICE_UPTAKE", "FULL_ONLINE_RATE", "DIGITIZATION_RATE", "ONLINE_PAYMENT_PROCEDURES",
                "ONLINE_PAYMENT_DOSSIERS", "ON_TIME_RATE", "EDOC_SENT", "EDOC_RECEIVED");
        assertThat(IndicatorCatalogue.builtIn().find("on_time_rate")).isPresent();
    }
}
