package vn.chitieu.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: {@code chitieu <command>}. */
@Command(
        name = "chitieu",
        mixinStandardHelpOptions = true,
        version = "chitieu 0.1.0",
        description = "Targets (chỉ tiêu) for digital public services: allocate, cascade, score, resolve names.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the input is well-formed but a domain rule refuses it",
            "2:bad input or usage (file, line, column and value on stderr)"})
public final class ChitieuCommand implements Runnable {

    /**
     * The commands, in the order {@code --help} lists them. Not in {@code @Command(subcommands)}: picocli would
     * build every one of them (and what each is injected with) before parsing; {@link Main} adds the one the
     * command line names, or all of them when it names none ({@code --help}, a mistyped command).
     */
    static final List<Class<?>> COMMANDS = List.of(
            ResolveCommand.class,
            AllocateCommand.class,
            CascadeCommand.class,
            ImportAppendixCommand.class,
            ScoreCommand.class,
            TrendCommand.class,
            IndicatorsCommand.class,
            DemoCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            ApproveCommand.class,
            ReopenCommand.class,
            DecisionCommand.class);

    @Spec
    private CommandSpec spec;

    /** Read before the command line is parsed (Main.english): here so that {@code chitieu --help --lang en} parses. */
    @picocli.CommandLine.Option(names = "--lang", paramLabel = "LANG", defaultValue = "vi",
            description = "vi or en: the language of headers and messages (default: ${DEFAULT-VALUE}).")
    private vn.chitieu.cli.output.Lang lang;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }
}
