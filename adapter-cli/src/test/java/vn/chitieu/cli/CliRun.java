package vn.chitieu.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process exactly as {@code java -jar chitieu.jar} does, capturing its output. */
public record CliRun(int exitCode, String out, String err) {

    /**
     * As {@link #of} with {@code --lang en} added: for the tests of what an error says (file, line,
     * column, value, reason), which read its English form; LanguageEverywhereTest reads the Vietnamese.
     */
    public static CliRun english(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--lang";
        all[args.length + 1] = "en";
        return of(all);
    }

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
