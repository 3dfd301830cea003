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
    /** A period scored from its parts: {@code key} is {@code PERIOD:PART,PART,…} (e.g. {@code 2018:2018-Q1,2018-Q2}). */
    public static final String PERIODS_SUMMED = "PERIODS_SUMMED";
    /** As {@link #PERIODS_SUMMED}, but the parts stop before the period's end: year (or half) to date. */
    public static final String YEAR_TO_DATE = "YEAR_TO_DATE";
    /** A unit lacks parts that others have: {@code key} is {@code UNIT:PART,PART,…}. */
    public static final String PERIODS_MISSING = "PERIODS_MISSING";

    /**
     * Stored targets that do not count: {@code computed} units of the board's scope have a target for its indicator
     * and period only in a draft decision (not issued) and no uniform target was given, so their rows have none.
     */
    public static final String TARGETS_IN_DRAFTS = "TARGETS_IN_DRAFTS";

    public ScoreWarning {
        Objects.requireNonNull(code, "code");
    }

    public String message(String lang) {
        boolean en = "en".equals(lang);
        if (PERIODS_SUMMED.equals(code) || YEAR_TO_DATE.equals(code) || PERIODS_MISSING.equals(code)) {
            return periodsMessage(en);
        }
        if (TARGETS_IN_DRAFTS.equals(code)) {
            return en ? computed + (computed == 1 ? " unit has" : " units have") + " a target only in a draft decision, "
                    + "which does not count until it is issued: their rows have no target"
                    : computed + " đơn vị có mức giao chỉ trong quyết định dự thảo (chưa ban hành), chưa được tính: "
                            + "các dòng này chưa có mức giao cho đến khi quyết định được ban hành";
        }
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

    private String periodsMessage(boolean en) {
        int colon = key.indexOf(':');
        String lang = en ? "en" : "vi";
        String head = key.substring(0, colon);
        // the periods as people read them (Quý I/2018, Q1 2018); the key keeps their codes
        String parts = java.util.Arrays.stream(key.substring(colon + 1).split(","))
                .map(p -> vn.chitieu.period.Period.parse(p).label(lang)).collect(java.util.stream.Collectors.joining(", "));
        if (PERIODS_MISSING.equals(code)) {
            return en ? head + " has no results for " + parts + ": its figure covers fewer periods than the others'"
                    : head + " không có số liệu " + parts + ": số liệu của đơn vị này gồm ít kỳ hơn các đơn vị khác";
        }
        head = vn.chitieu.period.Period.parse(head).label(lang);
        String summed = en ? "each value of " + head + " is the ratio of the counts summed over " + parts
                : "giá trị " + head + " là tỷ lệ của tổng số liệu các kỳ " + parts;
        if (PERIODS_SUMMED.equals(code)) {
            return summed;
        }
        java.time.LocalDate through = java.util.Arrays.stream(key.substring(colon + 1).split(","))
                .map(p -> vn.chitieu.period.Period.parse(p).end()).max(java.util.Comparator.naturalOrder()).orElseThrow();
        return en ? "year to date through " + through + ": " + summed
                : "lũy kế đến hết ngày " + String.format("%02d/%02d/%d", through.getDayOfMonth(), through.getMonthValue(),
                        through.getYear()) + " (" + head + " chưa đủ số liệu): " + summed;
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
