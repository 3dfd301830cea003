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
