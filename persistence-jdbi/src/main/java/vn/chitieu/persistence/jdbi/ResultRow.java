package vn.chitieu.persistence.jdbi;

import java.math.BigDecimal;

/** A row of {@code results}; the on-time columns are all null or all set. */
public record ResultRow(String unit, String indicator, String period, Long numerator, Long denominator,
        BigDecimal rate, Integer procedures, Long received, Long resolved, Long onTime, Long late,
        BigDecimal statedOnTimeRate, BigDecimal statedLateRate) {
}
