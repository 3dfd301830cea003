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

    /** NFC form with surrounding white space trimmed and inner runs of white space collapsed; null stays null. */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        return normalized.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
    }

    /**
     * A key for matching: lower case, no diacritics (đ/Đ → d), apostrophes removed, every other
     * run of punctuation or white space turned into a single space.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
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
}
