package vn.chitieu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReportRowsTest {

    private static final List<ReportColumn> TWO = List.of(new ReportColumn("no", "STT", "No.", ColumnType.COUNT),
            new ReportColumn("name", "Tên", "Name", ColumnType.TEXT));

    @Test
    void rowsAreMadeWhenReadNotWhenTheReportIsMade() {
        AtomicInteger made = new AtomicInteger();
        ReportRows rows = ReportRows.of(3, 2, i -> {
            made.incrementAndGet();
            return new ArrayList<>(List.of((long) i + 1, "xã " + i));
        });
        Report report = new Report("t", "t", TWO, List.of(new ReportSection("I", "I", rows)), null, List.of());
        assertThat(made).hasValue(0);
        assertThat(report.sections().get(0).rows()).isSameAs(rows);
        assertThat(report.allRows()).containsExactly(List.of(1L, "xã 0"), List.of(2L, "xã 1"), List.of(3L, "xã 2"));
        assertThat(made).hasValue(3);
        assertThatThrownBy(() -> rows.get(0).add("more")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aWidthOtherThanTheColumnsIsRefused() {
        ReportRows three = ReportRows.of(1, 3, i -> new ArrayList<>(List.of(1L, "a", "b")));
        assertThatThrownBy(() -> new Report("t", "t", TWO, List.of(new ReportSection(null, null, three)), null, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 values for 2 columns");
        ReportRows lying = ReportRows.of(1, 2, i -> new ArrayList<>(List.of(1L)));
        assertThatThrownBy(() -> lying.get(0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 values for 2 columns");
    }
}
