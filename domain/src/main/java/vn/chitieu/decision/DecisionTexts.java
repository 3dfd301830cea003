package vn.chitieu.decision;

import java.text.Normalizer;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;

/** The bounds of a decision's texts where they enter: NFC, stripped, at most so many characters. */
public final class DecisionTexts {

    /** A document number ("3086/QĐ-UBND"), a signer, a unit of measure, a name as printed. */
    public static final int SHORT = 200;
    /** A title, a legal basis as printed, a task. */
    public static final int LONG = 2000;
    /** Legal bases, tasks, group assignments of one decision. */
    public static final int MAX_ITEMS = 1000;

    private DecisionTexts() {
    }

    /** {@code value} in NFC and stripped, null when blank; refused (bad input, naming {@code field}) when longer than {@code max}. */
    public static String optional(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > max) {
            throw new InvalidInputException(InputProblem.at(null, 0, field, text.substring(0, 40) + "…",
                    "at most " + max + " characters (" + text.length() + " given)"));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new InvalidInputException(InputProblem.at(null, 0, field, null,
                        "a control character (U+" + String.format("%04X", (int) c) + ") is not allowed"));
            }
        }
        return text;
    }

    /** As {@link #optional}, and refused when blank. */
    public static String required(String field, String value, int max, String why) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new InvalidInputException(InputProblem.at(null, 0, field, value, why));
        }
        return text;
    }

    /** Refuses more than {@link #MAX_ITEMS} items of a list. */
    public static void requireCount(String field, int size) {
        if (size > MAX_ITEMS) {
            throw new InvalidInputException(InputProblem.at(null, 0, field, String.valueOf(size),
                    "at most " + MAX_ITEMS + " items"));
        }
    }

    /** The number as compared: NFC, no spaces, upper case ("3086/qđ-ubnd" = "3086/QĐ-UBND"). */
    public static String numberKey(String number) {
        return Normalizer.normalize(number, Normalizer.Form.NFC).replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }
}
