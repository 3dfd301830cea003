package vn.chitieu.http;

import java.math.BigDecimal;
import java.util.List;

/** One scored (unit, indicator, period), as the CLI's {@code score} JSON prints it. */
public record ScoreJson(String unit, String name, String kind, String indicator, String period, Long numerator,
        Long denominator, BigDecimal value, BigDecimal target, Boolean met, BigDecimal gapPoints, Long dossiersNeeded,
        Integer rank, List<String> flags, OnTimeDetailJson detail) {
}
