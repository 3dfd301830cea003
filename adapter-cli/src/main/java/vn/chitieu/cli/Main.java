package vn.chitieu.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
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
            CommandLine cmd = commandLine(out, err);
            if (!english(args)) {
                vietnamese(cmd);
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

    /** {@code --period} values, refused with the domain's own explanation (exit 2 with the usage). */
    private static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** The picocli command line as the CLI builds it, wired by Guice, with the one error handler. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Module... overrides) {
        List<Module> modules = new java.util.ArrayList<>(List.of(new CliModule()));
        modules.addAll(List.of(overrides));
        Injector injector = Guice.createInjector(modules);
        CommandLine cmd = new CommandLine(ChitieuCommand.class, new GuiceFactory(injector));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.registerConverter(Period.class, Main::period);
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setParameterExceptionHandler(ErrorHandler::usageError);
        return cmd;
    }
}
