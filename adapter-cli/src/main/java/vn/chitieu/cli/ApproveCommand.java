package vn.chitieu.cli;

import com.google.inject.Inject;
import com.google.inject.Provider;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.chitieu.application.approval.ApprovalCommand;
import vn.chitieu.application.approval.ApprovePeriod;
import vn.chitieu.cli.output.Output;
import vn.chitieu.period.Period;
import vn.chitieu.persistence.CommandStorage;

/** {@code approve --unit U --period P}: approves and locks the stored results of U's subtree for P. */
@Command(name = "approve", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 120,
        description = {
            "Approves the stored results of a unit for a period: from then on the results of the unit and every unit",
            "below it, for that period and every period inside it (a year's quarters and months), are locked:",
            "an import that touches them is refused as a whole (exit 1) until a higher unit re-opens them ('reopen').",
            "Approving what an approval already locks is refused (exit 1). Audited."})
public final class ApproveCommand implements Callable<Integer> {

    @Option(names = "--unit", required = true, paramLabel = "UNIT", description = "The unit: its code or its name.")
    private String unit;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "2018, 2018-H1, 2018-Q1 or 2018-03.")
    private Period period;

    @Option(names = "--actor", paramLabel = "NAME", description = "Who approves, for the audit log (default: the OS user).")
    private String actor;

    @Option(names = "--reason", paramLabel = "TEXT", description = "A note for the audit log (optional).")
    private String reason;

    @Mixin
    private StorageOptions storage;

    @Mixin
    private OutputOptions out;

    @Inject private CommandStorage commandStorage;
    @Inject private Provider<ApprovePeriod> approve;
    @Inject private Output output;

    @Override
    public Integer call() {
        return ApprovalOutput.run(commandStorage, storage, output, out, () -> approve.get()
                .approve(new ApprovalCommand(unit, period, null, ApprovalOutput.actor(actor), reason)), true);
    }
}
