package vn.chitieu.allocation;

import java.util.List;
import java.util.stream.Collectors;
import vn.chitieu.common.DomainRefusal;

/**
 * Targets below the legal minimum of their unit's kind (domain.md §4), refused when allocating and
 * when issuing: every one is listed, with its unit, indicator, target, minimum and source.
 */
public class BelowMinimumException extends DomainRefusal {

    private static final long serialVersionUID = 1L;

    private final transient List<MinimumViolation> violations;

    public BelowMinimumException(List<MinimumViolation> violations) {
        super(message(violations));
        this.violations = List.copyOf(violations);
    }

    @Override
    public String code() {
        return "BELOW_MINIMUM";
    }

    public List<MinimumViolation> violations() {
        return violations;
    }

    /** The refusal in {@code locale}: the count line, then one line a target, each in that language. */
    @Override
    public String message(java.util.Locale locale) {
        if (vn.chitieu.common.Texts.english(locale)) {
            return getMessage();
        }
        return vn.chitieu.common.Texts.translate(violations.size() + (violations.size() == 1 ? " target is" : " targets are")
                + " below the legal minimum of the unit's kind:", locale) + "\n" + violations.stream()
                        .map(v -> "  " + v.describe(locale)).collect(Collectors.joining("\n"));
    }

    private static String message(List<MinimumViolation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a refusal below a minimum names at least one target");
        }
        return violations.size() + (violations.size() == 1 ? " target is" : " targets are")
                + " below the legal minimum of the unit's kind:\n" + violations.stream()
                        .map(v -> "  " + v.describe()).collect(Collectors.joining("\n"));
    }
}
