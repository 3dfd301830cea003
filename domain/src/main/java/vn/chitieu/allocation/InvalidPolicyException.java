package vn.chitieu.allocation;

/**
 * An allocation policy that cannot be applied: a floor above the cap, a granularity of zero…
 * {@link #field()} names the offending setting as a policy file spells it ({@code granularity},
 * {@code floors.WARD}) so that a reader can point at its line.
 */
public class InvalidPolicyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public InvalidPolicyException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
