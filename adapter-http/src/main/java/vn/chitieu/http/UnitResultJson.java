package vn.chitieu.http;

import java.math.BigDecimal;

/** One stored result of a unit: counts when the source gave them, the value in percent (null: not available). */
public record UnitResultJson(String indicator, String period, Long numerator, Long denominator, BigDecimal value) {
}
