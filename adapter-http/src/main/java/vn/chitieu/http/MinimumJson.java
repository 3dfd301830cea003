package vn.chitieu.http;

import java.math.BigDecimal;
import vn.chitieu.allocation.Minimum;

/** A legal minimum: {@code {"source":"876/QĐ-BNV","indicator":"DIGITIZATION_RATE","kind":"COMMUNE","minimum":15}}. */
public record MinimumJson(String source, String indicator, String kind, BigDecimal minimum) {

    static MinimumJson of(Minimum m) {
        return new MinimumJson(m.source(), m.indicator().value(), m.kind().name(), m.minimum().stripTrailingZeros());
    }
}
