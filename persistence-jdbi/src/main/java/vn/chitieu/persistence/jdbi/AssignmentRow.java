package vn.chitieu.persistence.jdbi;

import java.math.BigDecimal;
import java.util.UUID;

/** A row of {@code assignments}. */
public record AssignmentRow(UUID decisionId, String unit, String indicator, String period, BigDecimal target,
        BigDecimal baseline, String baselinePeriod, Integer procedures, String leadUnit, String coordinatingUnit,
        String reason, String unitOfMeasure, String leadUnitName, String coordinatingUnitName, String legalBasis) {
}
