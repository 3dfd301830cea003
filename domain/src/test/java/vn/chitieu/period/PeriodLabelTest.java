package vn.chitieu.period;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How people read a period (issue 15 item 3): tables, titles and reports show the label, JSON and
 * CSV keep the code ({@link Period#toString()}), which the label never changes.
 */
class PeriodLabelTest {

    @Test
    void vietnameseLabelsAsOfficialsWriteThem() {
        assertThat(Period.parse("2018-Q1").label("vi")).isEqualTo("Quý I/2018");
        assertThat(Period.parse("2018-Q4").label("vi")).isEqualTo("Quý IV/2018");
        assertThat(Period.parse("2022-06").label("vi")).isEqualTo("Tháng 6/2022");
        assertThat(Period.parse("2022-12").label("vi")).isEqualTo("Tháng 12/2022");
        assertThat(Period.parse("2025-H1").label("vi")).isEqualTo("6 tháng đầu năm 2025");
        assertThat(Period.parse("2025-H2").label("vi")).isEqualTo("6 tháng cuối năm 2025");
        assertThat(Period.parse("2018").label("vi")).isEqualTo("Năm 2018");
    }

    @Test
    void englishLabels() {
        assertThat(Period.parse("2018-Q1").label("en")).isEqualTo("Q1 2018");
        assertThat(Period.parse("2018-Q3").label("en")).isEqualTo("Q3 2018");
        assertThat(Period.parse("2022-06").label("en")).isEqualTo("June 2022");
        assertThat(Period.parse("2022-01").label("en")).isEqualTo("January 2022");
        assertThat(Period.parse("2025-H1").label("en")).isEqualTo("H1 2025");
        assertThat(Period.parse("2025-H2").label("en")).isEqualTo("H2 2025");
        assertThat(Period.parse("2018").label("en")).isEqualTo("2018");
    }

    @Test
    void theCodeStaysTheCode() {
        for (String code : new String[] {"2018-Q1", "2022-06", "2025-H1", "2018"}) {
            Period p = Period.parse(code);
            p.label("vi");
            assertThat(p.toString()).isEqualTo(code);
            assertThat(Period.parse(p.toString())).isEqualTo(p);
        }
    }
}
