package vn.chitieu.scoring;

import java.util.Objects;

/**
 * Something an official should look at that does not stop scoring: today, a total stated in the
 * source document that differs from the sum of its table ({@code DECLARED_TOTAL_DIFFERS}), or a
 * declared total that the rows cannot be summed to ({@code DECLARED_TOTAL_UNCHECKED}).
 * {@code difference} is computed − declared.
 */
public record ScoreWarning(String code, String key, Long declared, Long computed, Long difference) {

    public static final String DECLARED_TOTAL_DIFFERS = "DECLARED_TOTAL_DIFFERS";
    public static final String DECLARED_TOTAL_UNCHECKED = "DECLARED_TOTAL_UNCHECKED";

    public ScoreWarning {
        Objects.requireNonNull(code, "code");
    }

    public String message(String lang) {
        boolean en = "en".equals(lang);
        String declared = grouped(this.declared, en);
        String computed = grouped(this.computed, en);
        if (DECLARED_TOTAL_UNCHECKED.equals(code)) {
            return en ? "declared total " + key + " = " + declared + " cannot be checked: the rows have no such count"
                    : "tổng " + keyVi() + " = " + declared + " được nêu nhưng bảng không có số liệu để đối chiếu";
        }
        return en ? "declared total " + key + " = " + declared + " but the rows sum to " + computed
                + " (difference " + signed(difference) + ")"
                : "văn bản nêu tổng " + keyVi() + " = " + declared + " nhưng cộng các dòng được " + computed
                        + " (chênh lệch " + signed(difference) + ")";
    }

    private String keyVi() {
        return switch (key == null ? "" : key) {
            case "received" -> "số hồ sơ tiếp nhận";
            case "resolved" -> "số hồ sơ đã giải quyết";
            case "onTime" -> "số hồ sơ đúng hạn";
            case "late" -> "số hồ sơ trễ hạn";
            case "numerator" -> "tử số";
            case "denominator" -> "mẫu số";
            case "rows" -> "số dòng";
            default -> key;
        };
    }

    private static String signed(Long n) {
        return n == null ? "?" : (n > 0 ? "+" : "") + n;
    }

    /** 38.122 in Vietnamese, 38,122 in English. */
    private static String grouped(Long n, boolean en) {
        if (n == null) {
            return "?";
        }
        String s = String.format(java.util.Locale.ROOT, "%,d", n);
        return en ? s : s.replace(',', '.');
    }
}
