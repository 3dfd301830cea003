package vn.chitieu.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A bar chart a report carries beside its table: per unit its actual value against its target,
 * in percent units (null: not available, or no target). Renderers draw it without the network
 * (inline SVG in HTML, a picture and its figures in .xlsx).
 */
public record ReportChart(String titleVi, String titleEn, List<Bar> bars) {

    public ReportChart {
        Objects.requireNonNull(titleVi, "titleVi");
        Objects.requireNonNull(titleEn, "titleEn");
        bars = List.copyOf(bars);
    }

    public String title(String lang) {
        return "en".equals(lang) ? titleEn : titleVi;
    }

    /** One unit's bar: {@code actual} and {@code target} in percent units, either null when missing. */
    public record Bar(String label, BigDecimal actual, BigDecimal target) {
        public Bar {
            Objects.requireNonNull(label, "label");
        }
    }
}
