package vn.chitieu.result;

import java.math.BigDecimal;

/**
 * The columns of the source systems' on-time export (seed 003, Phụ lục 2) kept beside an
 * ON_TIME_RATE result so that scoring can check them: received, resolved, on time, late, and the
 * rates as printed (null when the file has none).
 */
public record OnTimeDetail(long received, long resolved, long onTime, long late, BigDecimal statedOnTimeRate,
        BigDecimal statedLateRate) {

    public OnTimeDetail {
        if (received < 0 || resolved < 0 || onTime < 0 || late < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
