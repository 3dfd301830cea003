package vn.chitieu.cli;

import com.google.inject.Guice;
import com.google.inject.Module;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import vn.chitieu.period.Period;

/** The composition root of the CLI: {@code java -jar chitieu.jar <command> …}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs one command line and returns its exit code; used by {@link #main} and by tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            CommandLine cmd = commandLine(out, err, commandsNamedBy(args));
            if (!english(args)) {
                vietnamese(cmd);
            } else {
                // "chitieu --lang en score …": the language given before the command is the command's too (its errors
                // already were English, its output was not); a --lang after the command still wins
                cmd.setDefaultValueProvider(option -> option instanceof CommandLine.Model.OptionSpec o
                        && o.longestName().equals("--lang") ? "en" : null);
            }
            return cmd.execute(args);
        } catch (OutOfMemoryError e) {
            return ErrorHandler.outOfMemory(err, args); // picocli lets an Error through: one line, no trace
        }
    }

    /** True when {@code args} ask for English ({@code --lang en}, {@code --lang=en}); Vietnamese is the default. */
    static boolean english(String... args) {
        boolean en = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equalsIgnoreCase("--lang=en") || args[i].equals("--lang") && i + 1 < args.length
                    && args[i + 1].equalsIgnoreCase("en")) {
                en = true;
            } else if (args[i].startsWith("--lang")) {
                en = false;
            }
        }
        return en;
    }

    /** The usage help in Vietnamese: the texts of {@code HelpVi.properties} over the annotations' English ones. */
    static void vietnamese(CommandLine cmd) {
        cmd.setResourceBundle(java.util.ResourceBundle.getBundle("vn.chitieu.cli.HelpVi", java.util.Locale.ROOT,
                Main.class.getClassLoader(), java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** {@code --period} values, refused with the domain's own explanation (exit 2 with the option's help). */
    private static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** A date option ({@code --as-of}, {@code --date}): yyyy-MM-dd of the years 1900–2999, else the reason, not Java's. */
    private static java.time.LocalDate date(String text) {
        try {
            java.time.LocalDate d = java.time.LocalDate.parse(text.strip());
            if (d.getYear() >= 1900 && d.getYear() <= 2999) {
                return d;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // said below
        }
        throw new CommandLine.TypeConversionException("not a date (yyyy-MM-dd, 1900–2999): '" + text + "'");
    }

    /** The picocli command line as the CLI builds it, with every command, wired by Guice, with the one error handler. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Module... overrides) {
        return commandLine(out, err, ChitieuCommand.COMMANDS, overrides);
    }

    /**
     * As {@link #commandLine(PrintWriter, PrintWriter, Module...)} with only {@code commands}. The Guice injector
     * is made the first time a command needs one ({@link GuiceFactory}): {@code --version} makes none, nor does a
     * command that needs only files and the output ({@link PlainWiring}).
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, List<Class<?>> commands, Module... overrides) {
        List<Module> modules = new java.util.ArrayList<>();
        modules.add(new CliModule());
        modules.addAll(List.of(overrides));
        GuiceFactory factory = new GuiceFactory(() -> Guice.createInjector(modules), overrides.length == 0);
        CommandLine cmd = new CommandLine(ChitieuCommand.class, factory);
        for (Class<?> command : commands) {
            cmd.addSubcommand(command);
        }
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.registerConverter(Period.class, Main::period);
        cmd.registerConverter(java.time.LocalDate.class, Main::date);
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setParameterExceptionHandler(ErrorHandler::usageError);
        return cmd;
    }

    /**
     * The commands {@code args} need: the one they name (picocli builds each command it knows, with what it is
     * injected with, before it parses: only this one, then), none for {@code chitieu --version}, and all of them
     * otherwise ({@code --help}, no command, a mistyped one: the usage lists them all, picocli suggests one).
     */
    static List<Class<?>> commandsNamedBy(String... args) {
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--lang")) {
                i++; // its value
            } else if (a.equals("-V") || a.equals("--version")) {
                version = true;
            } else if (a.equals("-h") || a.equals("--help") || a.equals("--") || a.startsWith("@")) {
                return ChitieuCommand.COMMANDS;
            } else if (!a.startsWith("-")) {
                for (Class<?> command : ChitieuCommand.COMMANDS) {
                    CommandLine.Command c = command.getAnnotation(CommandLine.Command.class);
                    if (c.name().equals(a) || List.of(c.aliases()).contains(a)) {
                        return List.of(command);
                    }
                }
                return ChitieuCommand.COMMANDS;
            }
        }
        return version ? List.of() : ChitieuCommand.COMMANDS;
    }
}
