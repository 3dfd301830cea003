package vn.chitieu.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.common.DomainRefusal;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.common.Texts;
import vn.chitieu.persistence.DatabaseRefusal;
import vn.chitieu.persistence.DatabaseUnavailableException;
import vn.chitieu.text.UnreadableNumberException;

/**
 * The one place where failures become exit codes and messages (contracts.md): bad input → 2 with
 * every problem on stderr (file, line, column, value, reason); a domain refusal → 1; anything
 * unexpected → 1 with "internal error".
 */
public final class ErrorHandler implements IExecutionExceptionHandler {

    public static final int REFUSED = 1;
    public static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        Lang lang = lang(parseResult);
        if (ex instanceof InvalidInputException invalid) {
            for (InputProblem p : invalid.problems()) {
                err.println(prefix(lang) + asOption(p, cmd).describe(lang.locale()));
            }
            if (invalid.omitted() > 0) {
                err.println(lang == Lang.EN ? "… and " + count(invalid.omitted(), lang) + " more errors"
                        : "… và " + count(invalid.omitted(), lang) + " lỗi nữa");
            }
            if (invalid.total() > 1) {
                err.println(lang == Lang.EN ? count(invalid.total(), lang) + " problems; nothing was written."
                        : count(invalid.total(), lang) + " lỗi; không có gì được ghi.");
            }
            err.flush();
            return BAD_INPUT;
        }
        if (ex instanceof CommandLine.ParameterException pe) {
            err.println(prefix(lang) + Texts.translate(pe.getMessage(), lang.locale()));
            hint(pe, lang, err);
            err.flush();
            return BAD_INPUT;
        }
        if (ex instanceof UnreadableNumberException une) {
            return say(err, prefix(lang) + Texts.translate(une.getMessage(), lang.locale()), BAD_INPUT);
        }
        if (ex instanceof DomainRefusal refusal) {
            return say(err, (lang == Lang.EN ? "refused (" + refusal.code() : "bị từ chối (" + refusal.title(lang.locale()))
                    + "): " + refusal.message(lang.locale()), REFUSED);
        }
        if (ex instanceof DatabaseRefusal refusal) {
            // the storage cannot be used as asked (in use, behind): the message says what to do
            return say(err, prefix(lang) + Texts.translate(refusal.getMessage(), lang.locale()), REFUSED);
        }
        Optional<DatabaseUnavailableException> down = DatabaseUnavailableException.in(ex);
        if (down.isPresent()) {
            // the database is down, unreachable or full: one line, not a trace
            return say(err, prefix(lang) + Texts.translate(down.get().getMessage(), lang.locale()), REFUSED);
        }
        if (ex instanceof UncheckedIOException io) {
            return say(err, prefix(lang) + Texts.translate(io.getMessage(), lang.locale()), BAD_INPUT);
        }
        if (outOfMemory(ex)) {
            return outOfMemory(err, lang);
        }
        err.println((lang == Lang.EN ? "internal error: " : "lỗi nội bộ: ") + ex);
        ex.printStackTrace(err);
        err.flush();
        return REFUSED;
    }

    /**
     * A command line that picocli cannot parse (a missing or unknown option, a value it cannot
     * convert): the reason in the asked language, then the help of the options concerned and how to see
     * every option (or picocli's suggestions for a mistyped name); exit 2.
     */
    static int usageError(CommandLine.ParameterException pe, String[] args) {
        PrintWriter err = pe.getCommandLine().getErr();
        Lang lang = Main.english(args) ? Lang.EN : Lang.VI;
        err.println(prefix(lang) + Texts.shortened(Texts.translate(pe.getMessage(), lang.locale())));
        List<String> suggestions = pe instanceof CommandLine.UnmatchedArgumentException u ? u.getSuggestions() : List.of();
        if (suggestions.isEmpty()) {
            hint(pe, lang, err);
        } else {
            err.println((lang == Lang.EN ? "Possible solutions: " : "Có thể là: ") + String.join(", ", suggestions));
        }
        err.flush();
        return BAD_INPUT;
    }

    /**
     * After a usage error, the help of the options it names (a value refused, options missing) and how to see
     * the rest: the whole usage, 80 lines for {@code score}, buried the one line that says what is wrong.
     */
    private static void hint(CommandLine.ParameterException pe, Lang lang, PrintWriter err) {
        List<CommandLine.Model.ArgSpec> named = new java.util.ArrayList<>();
        if (pe instanceof CommandLine.MissingParameterException missing && missing.getMissing() != null) {
            named.addAll(missing.getMissing());
        } else if (pe.getArgSpec() != null) {
            named.add(pe.getArgSpec());
        }
        for (CommandLine.Model.ArgSpec arg : named) {
            if (arg instanceof CommandLine.Model.OptionSpec o && o.description().length > 0) {
                err.println("  " + o.longestName() + (o.arity().max() > 0 ? "=" + o.paramLabel() : "") + "  "
                        + String.join(" ", o.description()));
            }
        }
        String command = pe.getCommandLine().getCommandSpec().qualifiedName();
        err.println(lang == Lang.EN ? "Every option: " + command + " --help" : "Mọi tùy chọn: " + command + " --help");
    }

    /** Prints {@code line} and answers {@code exit}. */
    private static int say(PrintWriter err, String line, int exit) {
        err.println(line);
        err.flush();
        return exit;
    }

    /**
     * {@code p} naming the option of {@code cmd} its field came from, when it is a problem of no file whose field
     * (e.g. {@code legalBases.number}, from {@code --legal-basis}) is one of the command's options: the user typed
     * the option, not a column or a field.
     */
    static InputProblem asOption(InputProblem p, CommandLine cmd) {
        if (p.column() == null || p.file() != null || p.line() > 0 || p.column().startsWith("--")) {
            return p;
        }
        String head = p.column().split("\\.", 2)[0];
        String kebab = head.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
        for (String name : new String[] {kebab, kebab.replaceAll("ses$", "sis"), kebab.replaceAll("ies$", "y"),
            kebab.replaceAll("s$", "")}) {
            if (!name.isEmpty() && cmd.getCommandSpec().findOption("--" + name) != null) {
                return InputProblem.at(null, 0, "--" + name, p.value(), p.reason());
            }
        }
        return p;
    }

    /**
     * The last resort for an {@link OutOfMemoryError} (which picocli lets through, so {@link Main}
     * catches it): one line, no stack trace. The limits on inputs should make it unreachable.
     */
    static int outOfMemory(PrintWriter err, String... args) {
        boolean en = false;
        for (int i = 0; i < args.length; i++) {
            en |= args[i].equalsIgnoreCase("--lang=en") || args[i].equals("--lang") && i + 1 < args.length
                    && args[i + 1].equalsIgnoreCase("en");
        }
        return outOfMemory(err, en ? Lang.EN : Lang.VI);
    }

    private static int outOfMemory(PrintWriter err, Lang lang) {
        return say(err, prefix(lang) + (lang == Lang.EN ? "out of memory; the input is too large: split it, or run java with a larger -Xmx"
                : "hết bộ nhớ; dữ liệu vào quá lớn: hãy chia nhỏ, hoặc chạy java với -Xmx lớn hơn"), REFUSED);
    }

    /** True when {@code ex} is, or was caused by, an {@link OutOfMemoryError}. */
    static boolean outOfMemory(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** {@code n} with its thousands grouped as the language writes them (1,999,900 / 1.999.900). */
    private static String count(long n, Lang lang) {
        String s = String.format(java.util.Locale.ROOT, "%,d", n);
        return lang == Lang.EN ? s : s.replace(',', '.');
    }

    private static String prefix(Lang lang) {
        return lang == Lang.EN ? "error: " : "lỗi: ";
    }

    private static Lang lang(ParseResult parseResult) {
        ParseResult at = parseResult;
        while (at != null) {
            if (at.hasMatchedOption("--lang")) {
                return at.matchedOptionValue("--lang", Lang.VI);
            }
            at = at.subcommand();
        }
        return Lang.VI;
    }
}
