package vn.chitieu.http;

import java.math.BigDecimal;
import java.util.Map;

/** The allocation policy, as in policy.yaml; missing settings take the domain's neutral defaults. */
public record PolicyJson(String indicator, BigDecimal growth, String rounding, BigDecimal granularity, BigDecimal cap,
        Map<String, BigDecimal> floors, String noBaseline, BigDecimal uniform) {
}
