package vn.chitieu.http;

import java.math.BigDecimal;

/** {@code PUT …/assignments/{unit}/{indicator}}: the target (percent units for rates), why, and the period (default: the decision's year). */
public record AssignmentRequestJson(BigDecimal target, String reason, String period) {
}
