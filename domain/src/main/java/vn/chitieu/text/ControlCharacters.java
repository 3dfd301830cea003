package vn.chitieu.text;

/**
 * Text is refused when it holds a control character other than tab, CR and LF (NUL, ESC, DEL…):
 * none belongs in a name, a title or a reason, PostgreSQL refuses NUL in text outright, and a
 * file that reads so was saved as UTF-16 or is not text at all. One rule for files, JSON and
 * query parameters.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Why {@code text} is refused (the first control character and its position), or null. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return "contains the control character U+" + String.format("%04X", (int) c) + " (character " + (i + 1)
                        + ")";
            }
        }
        return null;
    }
}
