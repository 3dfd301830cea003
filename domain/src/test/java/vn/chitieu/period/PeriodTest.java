package vn.chitieu.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @ParameterizedTest
    @ValueSource(strings = {"2022", "2022-H1", "2022-H2", "2018-Q1", "2018-Q4", "2022-06", "2022-12"})
    void printsWhatItParses(String text) {
        assertThat(Period.parse(text)).hasToString(text);
    }

    @Test
    void theFirstQuarterOf2018RunsFromJanuaryToMarch() {
        Period q1 = Period.parse("2018-Q1");
        assertThat(q1.start()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(q1.end()).isEqualTo(LocalDate.of(2018, 3, 31));
        assertThat(q1.isWithin(Period.year(2018))).isTrue();
        assertThat(Period.parse("2018-q1")).isEqualTo(q1);
    }

    @Test
    void periodsSortByStartThenLength() {
        assertThat(Period.parse("2022-Q2")).isGreaterThan(Period.parse("2022-H1"));
        assertThat(Period.parse("2022-H1")).isGreaterThan(Period.parse("2022-01"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"22", "2022-Q5", "2022-13", "2022-H3", "Q1/2018", ""})
    void refusesWhatIsNotAPeriod(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Order and containment as the dates say, for every pair of periods of two years. */
    @Test
    void ordersAndContainsAsTheirDatesDo() {
        java.util.List<Period> all = new java.util.ArrayList<>();
        for (int y = 2021; y <= 2022; y++) {
            all.add(Period.year(y));
            for (int i = 1; i <= 2; i++) {
                all.add(Period.half(y, i));
            }
            for (int i = 1; i <= 4; i++) {
                all.add(Period.quarter(y, i));
            }
            for (int i = 1; i <= 12; i++) {
                all.add(Period.month(y, i));
            }
        }
        java.util.Comparator<Period> byDates = java.util.Comparator.comparing(Period::start).thenComparing(Period::end);
        for (Period a : all) {
            for (Period b : all) {
                assertThat(Integer.signum(a.compareTo(b))).as(a + " vs " + b).isEqualTo(Integer.signum(byDates.compare(a, b)));
                assertThat(a.isWithin(b)).as(a + " within " + b)
                        .isEqualTo(!a.start().isBefore(b.start()) && !a.end().isAfter(b.end()));
            }
        }
        assertThat(Period.month(2022, 6)).hasToString("2022-06");
        assertThat(Period.month(2022, 11)).hasToString("2022-11");
    }
}
