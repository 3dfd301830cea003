package vn.chitieu.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.common.DomainRefusal;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.persistence.embedded.DatabaseRefusal;
import vn.chitieu.persistence.embedded.DatabaseUnavailableException;
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
                err.println(prefix(lang) + p.describe());
            }
            if (invalid.problems().size() > 1) {
                err.println(lang == Lang.EN ? invalid.problems().size() + " problems; nothing was written."
                        : invalid.problems().size() + " lỗi; không có gì được ghi.");
            }
            err.flush();
            return BAD_INPUT;
        }
        if (ex instanceof CommandLine.ParameterException pe) {
            err.println(prefix(lang) + pe.getMessage());
            pe.getCommandLine().usage(err);
            err.flush();
            return BAD_INPUT;
        }
        if (ex instanceof UnreadableNumberException une) {
            err.println(prefix(lang) + une.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        if (ex instanceof DomainRefusal refusal) {
            err.println((lang == Lang.EN ? "refused (" : "bị từ chối (") + refusal.code() + "): " + refusal.getMessage());
            err.flush();
            return REFUSED;
        }
        if (ex instanceof DatabaseRefusal refusal) {
            // the storage cannot be used as asked (in use, behind): the message says what to do
            err.println(prefix(lang) + refusal.getMessage());
            err.flush();
            return REFUSED;
        }
        Optional<DatabaseUnavailableException> down = DatabaseUnavailableException.in(ex);
        if (down.isPresent()) {
            // the database is down, unreachable or full: one line, not a trace
            err.println(prefix(lang) + down.get().getMessage());
            err.flush();
            return REFUSED;
        }
        if (ex instanceof UncheckedIOException io) {
            err.println(prefix(lang) + io.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        err.println((lang == Lang.EN ? "internal error: " : "lỗi nội bộ: ") + ex);
        ex.printStackTrace(err);
        err.flush();
        return REFUSED;
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
