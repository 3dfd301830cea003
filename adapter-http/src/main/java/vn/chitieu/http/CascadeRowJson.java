package vn.chitieu.http;

import java.math.BigDecimal;

/** One child's line of a cascade plan. */
public record CascadeRowJson(String unit, String name, String kind, BigDecimal weight, BigDecimal baseline,
        BigDecimal readiness, BigDecimal cap, BigDecimal floor, BigDecimal base, BigDecimal target) {
}
