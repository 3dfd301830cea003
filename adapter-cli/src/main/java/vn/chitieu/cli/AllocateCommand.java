package vn.chitieu.cli;

import com.google.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.chitieu.allocation.Allocation;
import vn.chitieu.allocation.AllocationFlag;
import vn.chitieu.allocation.AllocationPolicy;
import vn.chitieu.allocation.DraftedTarget;
import vn.chitieu.allocation.Appendix;
import vn.chitieu.application.allocation.DraftTargetsCommand;
import vn.chitieu.application.allocation.DraftTargetsFromFiles;
import vn.chitieu.cli.io.PolicyFile;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.io.UnitsFile;
import vn.chitieu.cli.output.Cells;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.Output;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.report.ReportSection;
import vn.chitieu.report.ReportValue;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/** {@code allocate --units F --baseline F --policy F [--overrides F] [--minimums F] --year Y}: drafts a decision's targets. */
@Command(name = "allocate", mixinStandardHelpOptions = true,
        description = {"Drafts a decision's targets from last year's values, a policy and the drafter's overrides.",
            "The policy sets growth, rounding, granularity, floors by kind, cap, the rule for units without a baseline,",
            "or one uniform target. Every row keeps the rule's target beside the final one and is flagged OVERRIDDEN,",
            "BELOW_BASELINE or NO_DATA; an override needs a reason. --appendix prints the decision's appendix.",
            "--minimums sets legal floors by kind; a target below one is refused (exit 1). A unit without a baseline",
            "whose kind has no floor is refused (exit 2) instead of getting 0 %."})
public final class AllocateCommand implements Callable<Integer> {

    @Option(names = "--units", required = true, paramLabel = "FILE", description = "Units file: code,name,kind,parent[,aliases].")
    private Path units;

    @Option(names = "--baseline", required = true, paramLabel = "FILE",
            description = "Baseline: unit,indicator,period and rate (or numerator,denominator) [,procedures].")
    private Path baseline;

    @Option(names = "--policy", required = true, paramLabel = "FILE", description = "policy.yaml: growth, rounding, granularity, cap, floors, noBaseline, uniform.")
    private Path policy;

    @Option(names = "--overrides", paramLabel = "FILE", description = "Overrides: unit,target,reason (the reason is required).")
    private Path overrides;

    @Option(names = "--minimums", paramLabel = "FILE",
            description = {"Legal minimums: source,indicator,kind,minimum (e.g. 876/QĐ-BNV,DIGITIZATION_RATE,COMMUNE,15).",
                "They raise the policy's floors; a target below one (an override) is refused (exit 1)."})
    private Path minimums;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year the targets are for.")
    private int year;

    @Option(names = "--appendix", description = "Print the decision's appendix (STT, unit, # procedures, baseline, target by section) instead of the drafting table.")
    private boolean appendix;

    @Mixin
    private OutputOptions out;

    private final UnitsFile unitsFile;
    private final TableFiles tables;
    private final PolicyFile policyFile;
    private final Output output;

    @Inject
    public AllocateCommand(UnitsFile unitsFile, TableFiles tables, PolicyFile policyFile, Output output) {
        this.unitsFile = unitsFile;
        this.tables = tables;
        this.policyFile = policyFile;
        this.output = output;
    }

    @Override
    public Integer call() {
        out.format();
        AllocationPolicy p = policyFile.read(policy);
        UnitTree tree = unitsFile.read(units);
        Allocation allocation = new DraftTargetsFromFiles().draft(new DraftTargetsCommand(tree, tables.read(baseline), p,
                overrides == null ? null : tables.read(overrides), year, minimums == null ? null : tables.read(minimums)));
        output.emit(out, appendix ? Appendix.of(allocation) : report(allocation), document(allocation));
        return 0;
    }

    /** The drafting table: every row with its rule target, final target, reason and flags. */
    public static Report report(Allocation a) {
        List<ReportColumn> columns = List.of(
                new ReportColumn("unit", "Mã đơn vị", "Unit", ColumnType.TEXT),
                new ReportColumn("name", "Cơ quan, đơn vị", "Name", ColumnType.TEXT),
                new ReportColumn("kind", "Loại", "Kind", ColumnType.TEXT),
                new ReportColumn("procedures", "Số TTHC", "Procedures", ColumnType.COUNT),
                new ReportColumn("baseline", "Năm " + (a.year() - 1), "Baseline " + (a.year() - 1), ColumnType.PERCENT),
                new ReportColumn("ruleTarget", "Theo quy tắc", "Rule target", ColumnType.PERCENT),
                new ReportColumn("target", "Mức giao " + a.year(), "Target " + a.year(), ColumnType.PERCENT),
                new ReportColumn("reason", "Lý do điều chỉnh", "Reason", ColumnType.TEXT),
                new ReportColumn("flags", "Cảnh báo", "Flags", ColumnType.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (DraftedTarget r : a.rows()) {
            rows.add(Arrays.asList(r.unit().value(), r.name(), r.kind(),
                    r.procedures() == null ? null : (long) r.procedures(),
                    r.baseline() == null ? ReportValue.NOT_AVAILABLE : r.baseline(), r.ruleTarget(), r.target(),
                    r.reason(), vn.chitieu.report.CodeList.of(r.flags(), " ")));
        }
        long overridden = a.rows().stream().filter(DraftedTarget::overridden).count();
        long below = a.flagged(AllocationFlag.BELOW_BASELINE).size();
        return new Report(
                "Dự thảo mức giao chỉ tiêu " + Cells.indicatorInText(a.indicator(), Lang.VI) + " năm " + a.year() + " (" + a.rows().size() + " đơn vị, "
                        + overridden + " điều chỉnh, " + below + " thấp hơn năm trước)",
                "Draft targets " + a.year() + ": " + Cells.indicatorInText(a.indicator(), Lang.EN) + " (" + a.rows().size() + " units, " + overridden
                        + " overridden, " + below + " below baseline)",
                columns, List.of(new ReportSection(null, null, rows)), null, List.of());
    }

    /** The JSON document of {@code allocate} (contracts.md). */
    public static Document document(Allocation a) {
        return new Document(a.indicator().value(), a.year(), a.rows().stream()
                .map(r -> new Row(r.unit().value(), r.name(), r.kind(), r.baseline(), r.ruleTarget(), r.target(),
                        r.overridden(), r.reason(), r.flags(), r.procedures()))
                .toList());
    }

    /** {@code {"indicator","year","rows":[…]}}. */
    public record Document(String indicator, int year, List<Row> rows) {
    }

    /** One drafted target; {@code baseline} null when not available. */
    public record Row(String unit, String name, UnitKind kind, BigDecimal baseline, BigDecimal ruleTarget,
            BigDecimal target, boolean overridden, String reason, Set<AllocationFlag> flags, Integer procedures) {
    }
}
