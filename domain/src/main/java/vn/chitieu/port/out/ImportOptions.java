package vn.chitieu.port.out;

import java.util.Objects;
import vn.chitieu.audit.Actor;

/**
 * How to run an import: who does it (for the audit log), why, whether it is only a dry run
 * (report what would happen, store nothing), and whom to tell about progress.
 */
public record ImportOptions(Actor actor, String reason, boolean dryRun, ImportProgress progress) {

    public ImportOptions {
        Objects.requireNonNull(actor, "actor");
        progress = progress == null ? ImportProgress.none() : progress;
        // NFC, stripped, null when blank, at most 2,000 characters (refused naming the field)
        reason = vn.chitieu.decision.DecisionTexts.optional("reason", reason, vn.chitieu.decision.DecisionTexts.LONG);
    }

    public static ImportOptions by(Actor actor) {
        return new ImportOptions(actor, null, false, null);
    }

    public ImportOptions asDryRun() {
        return new ImportOptions(actor, reason, true, progress);
    }

    public ImportOptions withReason(String newReason) {
        return new ImportOptions(actor, newReason, dryRun, progress);
    }

    /** The audit reason of an import of {@code file}: the reason given and the file, else "imported from" it. */
    public String reasonFor(String file) {
        return reason == null ? "imported from " + file : reason + " (" + file + ")";
    }
}
