package vn.chitieu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.chitieu.cli.output.Format;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.table.CsvStyle;

/** The output options every command shares: {@code --format}, {@code --out}, {@code --lang}. */
public final class OutputOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, csv, json, md, xlsx or html (default: table, or the --out file's extension).")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE instead of standard output; nothing is written when the command fails.")
    private Path out;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "vi",
            description = "vi or en: the language of headers and messages (default: ${DEFAULT-VALUE}).")
    private Lang lang = Lang.VI;

    @Option(names = "--csv-style", paramLabel = "STYLE",
            description = "excel or plain: CSV for a Vietnamese Excel (UTF-8 with BOM, ';', decimal comma, at most 2 "
                    + "decimals, Đạt/Không đạt) or plain comma CSV with a decimal point (default: excel under --lang vi, "
                    + "plain under --lang en).")
    private String csvStyle;

    /** The format asked for: --format, else the --out file's extension, else table. */
    public Format format() {
        if (format != null) {
            return format;
        }
        if (out != null) {
            return Format.ofFile(out).orElseThrow(() -> new ParameterException(mixee.commandLine(),
                    "cannot tell the format from the file name '" + out
                            + "': use .txt, .csv, .json, .md, .xlsx or .html, or give --format"));
        }
        return Format.TABLE;
    }

    /**
     * The format asked for by a command whose default is not table: --format, else the --out
     * file's extension when it names a format, else {@code fallback}.
     */
    public Format formatOr(Format fallback) {
        if (format != null) {
            return format;
        }
        return out == null ? fallback : Format.ofFile(out).orElse(fallback);
    }

    public Path out() {
        return out;
    }

    public Lang lang() {
        return lang;
    }

    /** The CSV style asked for: --csv-style, else Excel's under vi and plain under en. */
    public CsvStyle csvStyle() {
        try {
            return CsvStyle.of(csvStyle, lang.code());
        } catch (IllegalArgumentException e) {
            throw usageError("--csv-style: " + e.getMessage());
        }
    }

    /**
     * The CSV style of a file chitieu reads back (export, the long results form): --csv-style when
     * given, else {@code fallback} (plain, the form import reads and tools expect).
     */
    public CsvStyle csvStyleOr(CsvStyle fallback) {
        return csvStyle == null ? fallback : csvStyle();
    }

    /** A usage error of the running command (exit 2, with its usage help). */
    public ParameterException usageError(String message) {
        return new ParameterException(mixee.commandLine(), message);
    }

    /** Standard error of the running command: what a format cannot carry is said there. */
    public PrintWriter stderr() {
        return mixee.commandLine().getErr();
    }

    /** Standard output of the running command. */
    public PrintWriter stdout() {
        return mixee.commandLine().getOut();
    }
}
