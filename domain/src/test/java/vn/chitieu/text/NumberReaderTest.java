package vn.chitieu.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberReaderTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            99,96%   | 99.96
            0,66%    | 0.66
            97%      | 97
            100      | 100
            99.96    | 99.96
            97,4%    | 97.4
            95.7     | 95.7
            0        | 0
            55 %     | 55
            """)
    void readsPercentagesAsPrinted(String text, String expected) {
        assertThat(NumberReader.percent(text)).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Không có hồ sơ phát sinh", "không có hồ sơ phát sinh", "KHONG CO HO SO PHAT SINH", "", "  "})
    void noDossiersIsNotAvailableRatherThanZero(String text) {
        assertThat(NumberReader.percent(text)).isEmpty();
        assertThat(NumberReader.isNotAvailable(text)).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            38.122  | 38122
            1.000   | 1000
            04      | 4
            100     | 100
            10063   | 10063
            1.234.567 | 1234567
            """)
    void readsCountsWithThousandsDots(String text, long expected) {
        assertThat(NumberReader.count(text)).isEqualTo(expected);
    }

    @Test
    void refusesACellSplitByOcrNamingTheReason() {
        assertThatThrownBy(() -> NumberReader.count("1006 3"))
                .isInstanceOf(UnreadableNumberException.class)
                .satisfies(e -> assertThat(((UnreadableNumberException) e).reason()).contains("space inside the number"));
        assertThatThrownBy(() -> NumberReader.percent("99 ,5"))
                .isInstanceOf(UnreadableNumberException.class);
        assertThatThrownBy(() -> NumberReader.decimal("1006 3"))
                .isInstanceOf(UnreadableNumberException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99.96", "1,5", "38.12", "-3", "abc", "12a", "1.2.3"})
    void refusesCountsThatAreNotWholeOrAmbiguous(String text) {
        assertThatThrownBy(() -> NumberReader.count(text)).isInstanceOf(UnreadableNumberException.class)
                .hasMessageContaining(text);
    }

    @Test
    void refusesADecimalWhoseDotCouldBeEitherSeparator() {
        assertThatThrownBy(() -> NumberReader.decimal("1.000"))
                .isInstanceOf(UnreadableNumberException.class)
                .hasMessageContaining("ambiguous");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1,5       | 1.5
            1.5       | 1.5
            0.125     | 0.125
            1.234,5   | 1234.5
            1.234.567 | 1234567
            -2        | -2
            12        | 12
            """)
    void readsPlainDecimals(String text, String expected) {
        assertThat(NumberReader.decimal(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void refusesTwoDecimalSeparatorsInAPercentage() {
        assertThatThrownBy(() -> NumberReader.percent("9,9,6%")).isInstanceOf(UnreadableNumberException.class);
        assertThatThrownBy(() -> NumberReader.percent("1.000,5%")).isInstanceOf(UnreadableNumberException.class);
    }
}
