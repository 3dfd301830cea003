package vn.chitieu.cli;

import com.google.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.chitieu.application.unit.ResolveNames;
import vn.chitieu.application.unit.ResolveNames.Resolved;
import vn.chitieu.application.unit.ResolveNames.Row;
import vn.chitieu.cli.io.NamesFile;
import vn.chitieu.cli.io.UnitsFile;
import vn.chitieu.cli.output.Output;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.unit.ResolutionStatus;
import vn.chitieu.unit.UnitTree;

/** {@code resolve --units F --names F}: matches free-text unit names to units. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Matches free-text unit names (as printed in documents) to the units of a units file.",
            "Each name is MATCHED (with its unit), AMBIGUOUS (with the candidates) or UNKNOWN (with suggestions)."})
public final class ResolveCommand implements Callable<Integer> {

    @Option(names = "--units", required = true, paramLabel = "FILE", description = "Units file: code,name,kind,parent[,aliases] (CSV or .xlsx).")
    private Path units;

    @Option(names = "--names", required = true, paramLabel = "FILE",
            description = "Names to resolve: one per line, or a CSV/.xlsx with a column 'name'.")
    private Path names;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Match among the units valid on this date (e.g. 2026-01-01): the date of the document.")
    private java.time.LocalDate asOf;

    @Mixin
    private OutputOptions out;

    @Inject private UnitsFile unitsFile;
    @Inject private NamesFile namesFile;
    @Inject private Output output;

    @Override
    public Integer call() {
        out.format();
        UnitTree tree = unitsFile.read(units);
        List<String> list = namesFile.read(names);
        Resolved resolved = new ResolveNames().resolve(tree, list, asOf);
        output.emit(out, report(resolved), resolved);
        return 0;
    }

    /** The resolutions as a printable report. */
    public static Report report(Resolved resolved) {
        List<ReportColumn> columns = List.of(
                new ReportColumn("name", "Tên như ghi", "Name as written", ColumnType.TEXT),
                new ReportColumn("unit", "Mã đơn vị", "Unit code", ColumnType.TEXT),
                new ReportColumn("unitName", "Tên đơn vị", "Unit name", ColumnType.TEXT),
                new ReportColumn("status", "Kết quả", "Status", ColumnType.TEXT),
                new ReportColumn("note", "Ứng viên / gợi ý", "Candidates / suggestions", ColumnType.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (Row r : resolved.rows()) {
            List<String> note = r.status() == ResolutionStatus.AMBIGUOUS ? r.candidates() : r.suggestions();
            rows.add(Arrays.asList(r.name(), r.unit(), r.unitName(), r.status(),
                    note.isEmpty() ? null : String.join(", ", note)));
        }
        String summaryVi = resolved.matched() + " tên khớp, " + resolved.ambiguous() + " mơ hồ, "
                + resolved.unknown() + " không rõ";
        return Report.simple("Đối chiếu tên đơn vị (" + summaryVi + ")",
                "Unit names resolved (" + resolved.matched() + " matched, " + resolved.ambiguous() + " ambiguous, "
                        + resolved.unknown() + " unknown)", columns, rows);
    }
}
