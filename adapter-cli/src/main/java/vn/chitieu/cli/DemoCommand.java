package vn.chitieu.cli;

import com.google.inject.Inject;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.chitieu.cli.demo.DemoStep;
import vn.chitieu.cli.output.Lang;

/** {@code demo}: runs the seed examples end to end on the bundled samples and prints the reports. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs the seed examples end to end on the samples bundled in the jar and prints the reports.")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "vi", description = "vi or en (default: ${DEFAULT-VALUE}).")
    private Lang lang = Lang.VI;

    private final List<DemoStep> steps;

    @Inject
    public DemoCommand(Set<DemoStep> steps) {
        this.steps = steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int n = 1;
        for (DemoStep step : steps) {
            String title = n++ + ". " + step.title(lang);
            out.println();
            out.println(title);
            out.println("#".repeat(Math.min(100, title.length())));
            out.println();
            step.run(out, lang);
            out.flush();
        }
        return 0;
    }
}
