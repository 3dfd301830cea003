package vn.chitieu.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e-100000", "1e-999999999", "1e999999999", "1E+2147483647", "1e-10000000",
            "1E+2147483648"})
    void refusesANumberWithAHugeExponentQuicklyNamingTheBound(String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThatThrownBy(() -> NumberReader.decimal(text)).isInstanceOf(UnreadableNumberException.class)
                    .satisfies(e -> assertThat(((UnreadableNumberException) e).reason()).containsAnyOf("too large", "decimals"));
            assertThatThrownBy(() -> NumberReader.percent(text)).isInstanceOf(UnreadableNumberException.class);
            assertThatThrownBy(() -> NumberReader.count(text)).isInstanceOf(UnreadableNumberException.class);
        });
    }

    @Test
    void refusesAnExponentWithinBoundsAsNotWrittenOut() {
        assertThatThrownBy(() -> NumberReader.decimal("1.5E3"))
                .isInstanceOf(UnreadableNumberException.class).hasMessageContaining("exponent");
    }

    @Test
    void refusesMoreThanTwentyDecimals() {
        String fine = "0," + "0".repeat(19) + "1";
        assertThat(NumberReader.decimal(fine)).isEqualByComparingTo(new BigDecimal("1e-20"));
        assertThat(NumberReader.percent("99," + "0".repeat(40) + "%")).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("99"));

        assertThatThrownBy(() -> NumberReader.decimal("0," + "0".repeat(20) + "1"))
                .isInstanceOf(UnreadableNumberException.class).hasMessageContaining("at most 20 digits after");
        assertThatThrownBy(() -> NumberReader.percent("0.0000000000000000000001%"))
                .isInstanceOf(UnreadableNumberException.class).hasMessageContaining("decimals");
    }

    @Test
    void refusesNumbersOfTenToTheFifteenOrMore() {
        assertThat(NumberReader.count("999.999.999.999.999")).isEqualTo(999_999_999_999_999L);
        assertThat(NumberReader.decimal("999999999999999,5")).isEqualByComparingTo("999999999999999.5");
        assertThat(NumberReader.count("0000000000000000042")).isEqualTo(42);

        assertThatThrownBy(() -> NumberReader.count("1000000000000000")).hasMessageContaining("too large");
        assertThatThrownBy(() -> NumberReader.count("1.000.000.000.000.000")).hasMessageContaining("too large");
        assertThatThrownBy(() -> NumberReader.count("99999999999999999999999")).hasMessageContaining("too large");
        assertThatThrownBy(() -> NumberReader.decimal("1000000000000000")).hasMessageContaining("too large");
        assertThatThrownBy(() -> NumberReader.percent("1000000000000000%")).hasMessageContaining("too large");
    }

    @Test
    void refusesAFiveThousandDigitNumberByItsLengthQuickly() {
        String digits = "1" + "0".repeat(4999);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (String text : new String[] {digits, "0," + digits, digits + "%"}) {
                assertThatThrownBy(() -> NumberReader.decimal(text)).isInstanceOf(UnreadableNumberException.class)
                        .hasMessageContaining("too long (").hasMessageContaining("at most 64 characters");
                assertThatThrownBy(() -> NumberReader.percent(text)).hasMessageContaining("too long (");
                assertThatThrownBy(() -> NumberReader.count(text)).hasMessageContaining("too long (");
            }
        });
    }

    @Test
    void theBoundsKeepAValueTheyDoNotChangeAndDropOnlyTrailingZeros() {
        assertThat(NumberBounds.check("x", new BigDecimal("12.50"))).hasToString("12.50");
        assertThat(NumberBounds.check("x", new BigDecimal("1." + "0".repeat(30)))).hasToString("1");
        assertThat(NumberBounds.check("x", new BigDecimal("0E-100000"))).hasToString("0");
        assertThat(NumberBounds.check("x", new BigDecimal("0E+2147483647"))).hasToString("0");
        assertThat(NumberBounds.check("x", new BigDecimal("-999999999999999.99999999999999999999")))
                .isEqualByComparingTo("-999999999999999.99999999999999999999");
        assertThatThrownBy(() -> NumberBounds.check("-1e15", new BigDecimal("-1e15")))
                .isInstanceOf(UnreadableNumberException.class).hasMessageContaining("'-1e15'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.", ".5", "1.2.3", "1,,5", "--1", "1-", "1e5", "١٢", "1 000,5"})
    void refusesMalformedDecimalsWithoutARegularExpression(String text) {
        assertThatThrownBy(() -> NumberReader.decimal(text)).isInstanceOf(UnreadableNumberException.class);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -0,5   | -0.5
            +2     | 2
            007,50 | 7.50
            12     | 12
            """)
    void readsSignedDecimals(String text, String expected) {
        assertThat(NumberReader.decimal(text)).isEqualByComparingTo(new BigDecimal(expected));
    }
}
