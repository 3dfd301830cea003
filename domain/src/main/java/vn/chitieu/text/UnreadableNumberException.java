package vn.chitieu.text;

/** A cell that does not hold a number we can read without guessing; {@link #reason()} says why. */
public class UnreadableNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String text;
    private final String reason;

    public UnreadableNumberException(String text, String reason) {
        super("cannot read '" + text + "' as a number: " + reason);
        this.text = text;
        this.reason = reason;
    }

    public String text() {
        return text;
    }

    public String reason() {
        return reason;
    }
}
