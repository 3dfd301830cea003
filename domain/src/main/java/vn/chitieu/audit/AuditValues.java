package vn.chitieu.audit;

import java.math.BigDecimal;
import vn.chitieu.access.AccessToken;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.result.Result;
import vn.chitieu.unit.Unit;

/**
 * The text the audit log keeps for a value and for the subject of a change. One place, so that
 * every storage implementation writes exactly the same entries for the same change.
 */
public final class AuditValues {

    private AuditValues() {
    }

    public static String subject(Unit unit) {
        return "unit/" + unit.code();
    }

    public static String subject(Decision decision) {
        return "decision/" + decision.id();
    }

    public static String subject(Decision decision, Assignment.Key key) {
        return subject(decision) + "/" + key.indicator() + "/" + key.unit() + "/" + key.period();
    }

    public static String subject(Result.Key key) {
        return "result/" + key.indicator() + "/" + key.unit() + "/" + key.period();
    }

    public static String subject(AccessToken token) {
        return "token/" + token.id();
    }

    /** A token as the audit log keeps it: id, role, scope, label and revocation; never its secret or hash. */
    public static String of(AccessToken token) {
        return "id=" + token.id() + "; role=" + token.role() + "; scope="
                + (token.scope() == null ? "" : token.scope().value()) + "; label="
                + (token.label() == null ? "" : token.label())
                + (token.revokedAt() == null ? "" : "; revokedAt=" + token.revokedAt());
    }

    public static String of(Unit unit) {
        return "name=" + unit.name() + "; kind=" + unit.kind() + "; parent="
                + (unit.parent() == null ? "" : unit.parent().value()) + "; aliases=" + String.join("|", unit.aliases())
                + (unit.isDated() ? "; validFrom=" + (unit.validFrom() == null ? "" : unit.validFrom())
                        + "; validTo=" + (unit.validTo() == null ? "" : unit.validTo()) : "");
    }

    public static String of(Decision decision) {
        return "status=" + decision.status() + "; number=" + decision.number().orElse("") + "; title="
                + decision.title() + "; signer=" + decision.signer().orElse("") + "; signedOn="
                + decision.signedOn().map(Object::toString).orElse("")
                + decision.amends().map(id -> "; amends=" + id).orElse("")
                + decision.supersedes().map(id -> "; supersedes=" + id).orElse("")
                + (decision.legalBases().isEmpty() ? "" : "; legalBases=" + decision.legalBases().stream()
                        .map(r -> r.number() != null ? r.number() : r.title()).toList())
                + (decision.tasks().isEmpty() ? "" : "; tasks=" + decision.tasks().size());
    }

    public static String subject(Decision decision, vn.chitieu.decision.GroupAssignment.Key key) {
        return subject(decision) + "/" + key.indicator() + "/group:" + key.group() + "/" + key.period();
    }

    public static String of(vn.chitieu.decision.GroupAssignment g) {
        return "target=" + plain(g.target()) + "; group=" + g.group().label()
                + (g.reason() == null ? "" : "; reason=" + g.reason());
    }

    public static String of(Assignment assignment) {
        return "target=" + plain(assignment.target()) + (assignment.reason() == null ? "" : "; reason=" + assignment.reason());
    }

    public static String of(Result result) {
        StringBuilder s = new StringBuilder();
        if (result.hasCounts()) {
            s.append("numerator=").append(result.numerator()).append("; denominator=").append(result.denominator());
        } else {
            s.append("rate=").append(result.rate() == null ? "" : plain(result.rate()));
        }
        if (result.procedures() != null) {
            s.append("; procedures=").append(result.procedures());
        }
        if (result.detail() != null) {
            var d = result.detail();
            s.append("; received=").append(d.received()).append("; resolved=").append(d.resolved())
                    .append("; onTime=").append(d.onTime()).append("; late=").append(d.late());
        }
        return s.toString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
