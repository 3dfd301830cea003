package vn.chitieu.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Map;

/** Totals over the rows of a scoreboard; {@code byKind} only on the overall totals. */
public record TotalsJson(int rows, int met, int notMet, int notAvailable, Long numerator, Long denominator,
        BigDecimal value, Long received, Long resolved, Long onTime, Long late, long dossiersNeeded,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, TotalsJson> byKind) {
}
