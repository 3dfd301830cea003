package vn.chitieu.application.export;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.report.ReportSection;

/**
 * What storage holds of one kind, in the form its import reads: the columns of the kind's
 * contract ({@code UnitsColumns}, {@code TargetsColumns}, {@code ResultsColumns}; each column's key
 * is the header the import reads) and one list of cells per row, null for an empty cell.
 */
public record Exported(ExportKind kind, List<ReportColumn> columns, List<List<Object>> rows) {

    public Exported {
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The rows as a report titled by the kind, for the renderers of every output format. */
    public Report report() {
        String title = kind.name().toLowerCase(Locale.ROOT);
        return new Report(title, title, columns, List.of(new ReportSection(null, null, rows)), null, List.of());
    }
}
