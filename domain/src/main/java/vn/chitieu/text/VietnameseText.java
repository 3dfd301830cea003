package vn.chitieu.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text as data: normalized to NFC on input, folded only for matching. Output always
 * keeps the original (NFC) spelling.
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** Runs of white space ({@code \s+}), compiled once, every non-ASCII cell of a file is normalized. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** NFC form with surrounding white space trimmed and inner runs of white space collapsed; null stays null. */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        if (isPlainAscii(text) || hasTidySpaces(text) && Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(normalized.replace('\u00A0', ' ').strip()).replaceAll(" ");
    }

    /**
     * True when {@code nfc} would return {@code text} unchanged because it is printable ASCII with
     * no white space other than single inner spaces (codes, numbers, periods: most cells of a big
     * file); skips the normalizer and the regular expression.
     */
    private static boolean isPlainAscii(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /**
     * True when trimming and collapsing white space would leave {@code text} as it is: no white space at either end,
     * no no-break space, no {@code \s} but single inner spaces (a name already written tidily, as most are).
     */
    private static boolean hasTidySpaces(String text) {
        int n = text.length();
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(n - 1))
                || Character.isSpaceChar(text.charAt(0)) || Character.isSpaceChar(text.charAt(n - 1))) {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\u00A0' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                    || c == ' ' && previous == ' ') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * A key for matching: lower case, no diacritics (đ/Đ → d), apostrophes removed, every other
     * run of punctuation or white space turned into a single space.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        // ASCII has nothing to decompose (codes and numbers: most cells of a big file)
        String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00B4') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(Character.toLowerCase(c));
            } else {
                pendingSpace = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance between two strings. */
    public static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
