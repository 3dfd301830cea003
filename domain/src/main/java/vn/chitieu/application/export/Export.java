package vn.chitieu.application.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.port.out.Decisions;
import vn.chitieu.port.out.Results;
import vn.chitieu.port.out.Units;
import vn.chitieu.result.Result;
import vn.chitieu.result.ResultsColumns;
import vn.chitieu.scoring.TargetsColumns;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitsColumns;

/**
 * The use case "export what storage holds": units, targets or results, read through the storage
 * ports, as rows in the form the import of that kind reads (the kind's column contract), so that
 * importing an export reports every row unchanged:
 * <ul>
 * <li>units: {@link UnitsColumns}, in the registry's order (parents before children);</li>
 * <li>targets: {@link TargetsColumns}, the assignments of every decision, oldest decision first;</li>
 * <li>results: {@link ResultsColumns}, the long form with the on-time columns of the results read
 * from the wide form, ordered by indicator, period and unit.</li>
 * </ul>
 */
public final class Export {

    private final Units units;
    private final Decisions decisions;
    private final Results results;

    public Export(Units units, Decisions decisions, Results results) {
        this.units = Objects.requireNonNull(units, "units");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.results = Objects.requireNonNull(results, "results");
    }

    public Exported export(ExportKind kind) {
        List<List<Object>> rows = new ArrayList<>();
        return switch (Objects.requireNonNull(kind, "kind")) {
            case UNITS -> {
                List<Unit> all = units.tree().units();
                List<vn.chitieu.report.ReportColumn> columns = UnitsColumns.written(all);
                for (Unit u : all) {
                    rows.add(UnitsColumns.cells(u, columns == UnitsColumns.WRITTEN_DATED));
                }
                yield new Exported(kind, columns, rows);
            }
            case TARGETS -> {
                for (Decision d : decisions.all()) {
                    for (Assignment a : d.assignments()) {
                        rows.add(TargetsColumns.cells(d, a));
                    }
                }
                yield new Exported(kind, TargetsColumns.WRITTEN, rows);
            }
            case RESULTS -> {
                for (Result r : results.all()) {
                    rows.add(ResultsColumns.cells(r));
                }
                yield new Exported(kind, ResultsColumns.WRITTEN, rows);
            }
        };
    }
}
