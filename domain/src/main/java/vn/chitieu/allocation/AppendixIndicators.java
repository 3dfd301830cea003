package vn.chitieu.allocation;

import java.util.List;
import java.util.Optional;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.text.VietnameseText;

/**
 * Which indicator of the catalogue an appendix means by the words it prints, in a target column's
 * header (seed 000: "Mức giao chỉ tiêu số hóa…", "Mức giao chỉ tiêu tỷ lệ hồ sơ … trực tuyến…") or
 * in a task row and its section heading (seed 001: "Tỷ lệ số hóa hồ sơ…", "Tỷ lệ hồ sơ trực tuyến
 * toàn trình", "Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến", "Tỷ lệ hồ sơ thanh toán
 * trực tuyến", "… được giải quyết đúng hạn"). The rules are tried in order on the folded text; the
 * first whose phrases all occur wins. Text that no rule fits is not guessed at: the parser reports it.
 */
public final class AppendixIndicators {

    /** Fits a text holding every phrase of {@code phrases} and none of {@code without}. */
    private record Rule(IndicatorCode indicator, List<String> phrases, List<String> without) {
        boolean fits(String folded) {
            return phrases.stream().allMatch(p -> folded.contains(" " + p + " "))
                    && without.stream().noneMatch(p -> folded.contains(" " + p + " "));
        }
    }

    private static final List<Rule> RULES = List.of(
            rule("DIGITIZATION_RATE", "so hoa"),
            rule("FULL_ONLINE_RATE", "toan trinh"),
            rule("ON_TIME_RATE", "dung han"),
            rule("ONLINE_PAYMENT_PROCEDURES", "ty le tthc", "thanh toan truc tuyen"),
            rule("ONLINE_PAYMENT_PROCEDURES", "thu tuc hanh chinh co phat sinh", "thanh toan truc tuyen"),
            rule("ONLINE_PAYMENT_DOSSIERS", "ho so", "thanh toan truc tuyen"),
            rule("ONLINE_SERVICE_UPTAKE", "dich vu cong truc tuyen co phat sinh ho so"),
            rule("ONLINE_SERVICE_UPTAKE", "dvc truc tuyen co phat sinh ho so"),
            new Rule(IndicatorCode.of("ONLINE_RATE"), List.of("truc tuyen"), List.of("thanh toan")));

    private AppendixIndicators() {
    }

    private static Rule rule(String code, String... phrases) {
        return new Rule(IndicatorCode.of(code), List.of(phrases), List.of());
    }

    /** The indicators some rule recognises, in the rules' order. */
    public static java.util.Set<IndicatorCode> recognised() {
        java.util.Set<IndicatorCode> out = new java.util.LinkedHashSet<>();
        RULES.forEach(r -> out.add(r.indicator()));
        return out;
    }

    /** The indicator {@code text} names; empty when no rule fits. */
    public static Optional<IndicatorCode> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String f = " " + VietnameseText.fold(text) + " ";
        return RULES.stream().filter(r -> r.fits(f)).map(Rule::indicator).findFirst();
    }

    /**
     * The indicator of a task row: its first clause (up to ':' or the first sentence's end), else its
     * section's heading (the rest of the text, a formula, is not read: it names the denominator's
     * procedures, "… cung cấp trực tuyến", not the indicator), so that "Tỷ lệ theo công thức (b/a). Trong đó: a
     * là … toàn trình" under "II. Tỷ lệ hồ sơ trực tuyến toàn trình" is read by its heading, and "Tỷ lệ
     * TTHC có phát sinh giao dịch thanh toán trực tuyến: … a là tổng số TTHC …" by its own words.
     */
    public static Optional<IndicatorCode> ofTask(String task, String heading) {
        Optional<IndicatorCode> own = of(firstClause(task));
        if (own.isPresent()) {
            return own;
        }
        return of(heading);
    }

    /** {@code text} up to its first ':' or sentence end ('.' followed by a space or the end). */
    static String firstClause(String text) {
        if (text == null) {
            return null;
        }
        int end = text.length();
        int colon = text.indexOf(':');
        if (colon >= 0) {
            end = colon;
        }
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                end = i;
                break;
            }
        }
        return text.substring(0, end);
    }
}
