package vn.chitieu.http;

import java.math.BigDecimal;

/** The columns of the wide on-time export, with the rates as printed. */
public record OnTimeDetailJson(long received, long resolved, long onTime, long late, BigDecimal statedOnTimeRate,
        BigDecimal statedLateRate) {
}
