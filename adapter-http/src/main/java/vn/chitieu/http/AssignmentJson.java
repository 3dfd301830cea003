package vn.chitieu.http;

import java.math.BigDecimal;

/** One target of a decision. */
public record AssignmentJson(String unit, String indicator, String period, BigDecimal target, BigDecimal baseline,
        String baselinePeriod, Integer procedures, String leadUnit, String coordinatingUnit, String reason) {
}
