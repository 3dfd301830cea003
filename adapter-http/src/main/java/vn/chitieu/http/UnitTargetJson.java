package vn.chitieu.http;

import java.math.BigDecimal;

/** One target of a unit and the issued decision that set it. */
public record UnitTargetJson(String indicator, String period, BigDecimal target, String decision, String number,
        int year, String status, String reason) {
}
