package vn.chitieu.dossier;

import java.math.BigDecimal;
import java.util.List;
import vn.chitieu.text.NumberReader;
import vn.chitieu.text.UnreadableNumberException;

/**
 * The nested lists of the national synchronisation record ({@code HoSoDongBoDVC}) as flat dossier
 * fields (domain.md §9): the fee is the sum of {@code DanhSachLePhi[].Gia}; eResult is 1 when
 * {@code DanhSachGiayToKetQua} has an item with a non-empty result file link
 * ({@code DuongDanTepTinKetQua}); due is the last deadline given ({@code DanhSachHoSoBoSung[].NgayHenTraMoi},
 * the new deadline of a supplement request), else {@code NgayHenTra}.
 */
public final class SyncRecord {

    public static final String FEES = "DanhSachLePhi";
    public static final String FEE_AMOUNT = "Gia";
    public static final String RESULT_DOCUMENTS = "DanhSachGiayToKetQua";
    public static final String RESULT_LINK = "DuongDanTepTinKetQua";
    public static final String SUPPLEMENTS = "DanhSachHoSoBoSung";
    public static final String SUPPLEMENT_DUE = "NgayHenTraMoi";

    private SyncRecord() {
    }

    /**
     * The sum of the fee amounts (empty ones skipped), as plain text; the first unreadable amount is
     * given back as it is, for the reader to refuse with its value; null when there is no amount.
     */
    public static String fee(List<String> amounts) {
        BigDecimal sum = null;
        for (String a : amounts) {
            if (a == null || a.isBlank()) {
                continue;
            }
            try {
                BigDecimal d = NumberReader.decimal(a);
                if (d == null) {
                    continue;
                }
                if (d.signum() < 0) {
                    return a;
                }
                sum = sum == null ? d : sum.add(d);
            } catch (UnreadableNumberException e) {
                return a;
            }
        }
        return sum == null ? null : sum.toPlainString();
    }

    private static final java.util.regex.Pattern NUMBER_LENGTH = java.util.regex.Pattern.compile(
            "Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*");

    /**
     * What a JSON reader said of a line, for the user: its bound on a number's length in words, without the
     * library's method named after it ({@code (1000, from `StreamReadConstraints.getMaxNumberLength()`)}).
     */
    public static String jsonProblem(String readerMessage) {
        String said = String.valueOf(readerMessage);
        java.util.regex.Matcher m = NUMBER_LENGTH.matcher(said);
        return "not valid JSON: " + (m.matches() ? "a number of " + m.group(1) + " digits; at most " + m.group(2)
                : said.replaceAll(",? from `[^`]*`", ""));
    }

    /** "1" when any result document has a non-empty file link, else "0"; null when there is no list. */
    public static String eResult(List<String> links) {
        if (links == null) {
            return null;
        }
        for (String l : links) {
            if (l != null && !l.isBlank()) {
                return "1";
            }
        }
        return "0";
    }

    /** The last non-empty of {@code supplementDeadlines}, else {@code due}. */
    public static String due(String due, List<String> supplementDeadlines) {
        String last = due;
        if (supplementDeadlines != null) {
            for (String d : supplementDeadlines) {
                if (d != null && !d.isBlank()) {
                    last = d;
                }
            }
        }
        return last;
    }
}
