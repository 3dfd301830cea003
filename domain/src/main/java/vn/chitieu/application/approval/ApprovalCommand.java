package vn.chitieu.application.approval;

import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.audit.Actor;
import vn.chitieu.period.Period;
import vn.chitieu.text.VietnameseText;

/**
 * Approve or re-open the results of {@code unit} (a code, or a name resolved within the caller's
 * subtree) for {@code period}. {@code caller} is null for a local user (the CLI), who may approve
 * and re-open anything; {@code actor} is who the audit log names; {@code reason} is required to
 * re-open, optional to approve.
 */
public record ApprovalCommand(String unit, Period period, Caller caller, Actor actor, String reason) {

    public ApprovalCommand {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(actor, "actor");
        unit = VietnameseText.nfc(unit);
        // NFC, stripped, null when blank, at most 2,000 characters (refused naming the field)
        reason = vn.chitieu.decision.DecisionTexts.optional("reason", reason, vn.chitieu.decision.DecisionTexts.LONG);
    }
}
