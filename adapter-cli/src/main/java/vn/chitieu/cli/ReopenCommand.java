package vn.chitieu.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.chitieu.application.approval.ApprovalCommand;
import vn.chitieu.application.approval.ReopenPeriod;
import vn.chitieu.cli.output.Output;
import vn.chitieu.period.Period;
import vn.chitieu.persistence.CommandStorage;

/** {@code reopen --unit U --period P --reason TEXT}: lifts the approval of U for P. */
@Command(name = "reopen", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 120,
        description = {
            "Re-opens approved results: removes the approval of exactly this unit and period (approvals of units below",
            "it or of periods inside it stay). A reason is required and audited. Over HTTP only a unit above the",
            "approved one, or an ADMIN, may re-open; a local user may. No such approval: exit 1."})
public final class ReopenCommand implements Callable<Integer> {

    @Option(names = "--unit", required = true, paramLabel = "UNIT", description = "The unit: its code or its name.")
    private String unit;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "The period approved.")
    private Period period;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, for the audit log (required).")
    private String reason;

    @Option(names = "--actor", paramLabel = "NAME", description = "Who re-opens, for the audit log (default: the OS user).")
    private String actor;

    @Mixin
    private StorageOptions storage;

    @Mixin
    private OutputOptions out;

    @Inject private CommandStorage commandStorage;
    @Inject private Provider<ReopenPeriod> reopen;
    @Inject private Output output;

    @Override
    public Integer call() {
        return ApprovalOutput.run(commandStorage, storage, output, out, () -> reopen.get()
                .reopen(new ApprovalCommand(unit, period, null, ApprovalOutput.actor(actor), reason)), false);
    }
}
