package vn.chitieu.http;

import java.math.BigDecimal;

/**
 * One target of a decision; {@code leadUnit} / {@code coordinatingUnit} are registered units' codes,
 * {@code leadUnitName} / {@code coordinatingUnitName} the names as printed when not in the registry.
 */
public record AssignmentJson(String unit, String indicator, String period, BigDecimal target, BigDecimal baseline,
        String baselinePeriod, Integer procedures, String leadUnit, String coordinatingUnit, String reason,
        String unitOfMeasure, String leadUnitName, String coordinatingUnitName, String legalBasis) {
}
