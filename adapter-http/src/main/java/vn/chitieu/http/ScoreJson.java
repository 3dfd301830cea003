package vn.chitieu.http;

import java.math.BigDecimal;
import java.util.List;

/**
 * One scored (unit, indicator, period), as the CLI's {@code score} JSON prints it, and
 * {@code rankOf}: how many units of its kind were ranked (rank 4 of 15 districts), the ranks
 * being among the whole population even when the caller sees a subtree; {@code approved} whether an
 * approval locks the row, and {@code approval} that approval (null when none).
 */
public record ScoreJson(String unit, String name, String kind, String indicator, String period, Long numerator,
        Long denominator, BigDecimal value, BigDecimal target, Boolean met, BigDecimal gapPoints, Long dossiersNeeded,
        Integer rank, Integer rankOf, List<String> flags, OnTimeDetailJson detail, Boolean approved,
        ApprovalJson approval) {
}
