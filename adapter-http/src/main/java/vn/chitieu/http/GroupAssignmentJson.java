package vn.chitieu.http;

import java.math.BigDecimal;

/** A target for a group of kinds (seed 001: "UBND cấp xã" → 15 %), with the appendix context. */
public record GroupAssignmentJson(UnitGroupJson group, String indicator, String period, BigDecimal target,
        String unitOfMeasure, String leadUnit, String leadUnitName, String coordinatingUnit, String coordinatingUnitName,
        String legalBasis, String reason) {
}
