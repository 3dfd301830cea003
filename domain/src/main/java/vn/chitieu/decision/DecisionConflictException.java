package vn.chitieu.decision;

import java.util.List;
import vn.chitieu.common.DomainRefusal;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.period.Period;
import vn.chitieu.unit.UnitCode;

/**
 * Issuing this decision would leave two issued decisions assigning the same (unit, indicator,
 * period), neither amending nor superseding the other: refused, naming both and every clash.
 */
public class DecisionConflictException extends DomainRefusal {

    private static final long serialVersionUID = 1L;

    /** One clash: the key, the other decision (its number) and both targets. */
    public record Clash(UnitCode unit, IndicatorCode indicator, Period period, DecisionId other, String otherNumber,
            java.math.BigDecimal otherTarget, java.math.BigDecimal target) {
    }

    private final transient List<Clash> clashes;

    public DecisionConflictException(Decision issuing, String number, List<Clash> clashes) {
        super(message(issuing, number, clashes));
        this.clashes = List.copyOf(clashes);
    }

    public List<Clash> clashes() {
        return clashes;
    }

    private static String message(Decision issuing, String number, List<Clash> clashes) {
        StringBuilder s = new StringBuilder("decision " + number + " (" + issuing.id() + ") would assign targets that "
                + "issued decisions already assign; amend or supersede them instead:");
        int shown = 0;
        for (Clash c : clashes) {
            if (shown++ == 20) {
                s.append(" … and ").append(clashes.size() - 20).append(" more");
                break;
            }
            s.append(" (").append(c.unit()).append(", ").append(c.indicator()).append(", ").append(c.period())
                    .append("): ").append(c.target().toPlainString()).append(" in ").append(number).append(" vs ")
                    .append(c.otherTarget().toPlainString()).append(" in ").append(c.otherNumber()).append(" (")
                    .append(c.other()).append(");");
        }
        return s.toString();
    }

    @Override
    public String code() {
        return "DECISION_CONFLICT";
    }
}
