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
        this.number = number;
        this.issuing = issuing.id();
    }

    private final String number;
    private final transient DecisionId issuing;

    /**
     * The refusal in {@code locale}: in Vietnamese each clash names its indicator by name and says
     * which decision assigns which target ("50 theo 200/QĐ-UBND, 40 theo 100/QĐ-UBND"); English as before.
     */
    @Override
    public String message(java.util.Locale locale) {
        if (vn.chitieu.common.Texts.english(locale)) {
            return getMessage();
        }
        StringBuilder s = new StringBuilder(vn.chitieu.common.Texts.text("decision.conflict", locale, number, issuing));
        int shown = 0;
        for (Clash c : clashes) {
            if (shown++ == 20) {
                s.append(vn.chitieu.common.Texts.text("decision.conflictMore", locale, clashes.size() - 20));
                break;
            }
            s.append(vn.chitieu.common.Texts.text("decision.clash", locale, c.unit(),
                    vn.chitieu.common.Texts.translate(c.indicator().value(), locale), c.period(), c.target().toPlainString(),
                    number, c.otherTarget().toPlainString(), c.otherNumber(), c.other()));
        }
        return s.toString();
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
