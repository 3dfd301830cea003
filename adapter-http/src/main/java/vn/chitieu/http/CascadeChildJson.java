package vn.chitieu.http;

import java.math.BigDecimal;

/** A child of the cascade: as a row of children.csv ({@code kind} defaults to the registry's). */
public record CascadeChildJson(String unit, String name, String kind, BigDecimal weight, BigDecimal baseline,
        BigDecimal readiness, BigDecimal cap) {
}
