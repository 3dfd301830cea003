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
import vn.chitieu.application.allocation.LineageDraft;
import vn.chitieu.lineage.Restated;
import vn.chitieu.unit.UnitCode;
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
            "whose kind has no floor is refused (exit 2) instead of getting 0 %.",
            "The recipients are the units valid on --as-of (default 1 January of --year). --lineage (from,to,share,date)",
            "restates the baselines of old units on them as the ratio of their summed shared counts; the column",
            "baselineFrom names the old units each baseline came from; a rate without counts is not restatable."})
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

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The date whose units receive the targets (e.g. 2026-01-01; default: 1 January of --year).")
    private java.time.LocalDate asOf;

    @Option(names = "--lineage", paramLabel = "FILE",
            description = "Lineage: from,to,share,date; restates the baselines of old units on the units of --as-of.")
    private Path lineage;

    @Option(names = "--appendix", description = "Print the decision's appendix (STT, unit, # procedures, baseline, target by section) instead of the drafting table.")
    private boolean appendix;

    @Mixin
    private OutputOptions out;

    @Inject private UnitsFile unitsFile;
    @Inject private TableFiles tables;
    @Inject private PolicyFile policyFile;
    @Inject private Output output;

    @Override
    public Integer call() {
        out.format();
        AllocationPolicy p = policyFile.read(policy);
        UnitTree tree = unitsFile.read(units);
        LineageDraft drafted = new DraftTargetsFromFiles().drafted(new DraftTargetsCommand(tree, tables.read(baseline), p,
                overrides == null ? null : tables.read(overrides), year, minimums == null ? null : tables.read(minimums),
                asOf, lineage == null ? null : tables.read(lineage)));
        Allocation allocation = drafted.allocation();
        if (drafted.restated() == null) {
            output.emit(out, appendix ? Appendix.of(allocation) : report(allocation), document(allocation));
        } else {
            output.emit(out, appendix ? Appendix.of(allocation) : report(drafted, out.lang()), document(drafted));
        }
        return 0;
    }

    /**
     * The drafting table through a lineage: {@link #report(Allocation)} with the restated counts of
     * each baseline and the old units it came from; notes name the units not restatable.
     */
    public static Report report(LineageDraft d, Lang lang) {
        Report plain = report(d.allocation());
        List<ReportColumn> columns = new ArrayList<>(plain.columns());
        int at = columns.indexOf(columns.stream().filter(c -> c.key().equals("baseline")).findFirst().orElseThrow()) + 1;
        columns.addAll(at, List.of(
                new ReportColumn("baselineNumerator", "Tử số quy đổi", "Restated numerator", ColumnType.DECIMAL),
                new ReportColumn("baselineDenominator", "Mẫu số quy đổi", "Restated denominator", ColumnType.DECIMAL),
                new ReportColumn("baselineFrom", "Từ đơn vị cũ", "Baseline from", ColumnType.TEXT)));
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> plainRows = plain.sections().get(0).rows();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < d.allocation().rows().size(); i++) {
            DraftedTarget r = d.allocation().rows().get(i);
            List<Object> row = new ArrayList<>(plainRows.get(i));
            Restated restated = d.restatement(r.unit()).orElse(null);
            row.addAll(at, Arrays.asList(restated == null ? null : restated.numerator(),
                    restated == null ? null : restated.denominator(), restated == null ? null : restated.describeSources()));
            if (restated != null && !restated.isRestatable()) {
                row.set(at - 1, null); // not "no dossiers": the counts are unknown
                String olds = String.join(", ", restated.withoutCounts().stream().map(UnitCode::value).toList());
                notes.add(r.unit().value() + (lang == Lang.EN ? ": not restatable, " + olds + " given as a rate without counts"
                        : ": không quy đổi được, " + olds + " chỉ có tỉ lệ, không có số hồ sơ"));
            }
            rows.add(row);
        }
        if (!d.restated().withoutSuccessor().isEmpty()) {
            notes.add("Không có đơn vị kế thừa / no successor on the date: " + String.join(", ",
                    d.restated().withoutSuccessor().stream().map(UnitCode::value).toList()));
        }
        return new Report(plain.titleVi(), plain.titleEn(), columns, List.of(new ReportSection(null, null, rows)), null, notes);
    }

    /** The JSON document of {@code allocate --lineage}: {@link #document(Allocation)} with each baseline's restatement. */
    public static LineageDocument document(LineageDraft d) {
        Allocation a = d.allocation();
        return new LineageDocument(a.indicator().value(), a.year(), a.rows().stream().map(r -> {
            Restated x = d.restatement(r.unit()).orElse(null);
            return new LineageRow(r.unit().value(), r.name(), r.kind(), r.baseline(), r.ruleTarget(), r.target(),
                    r.overridden(), r.reason(), r.flags(), r.procedures(), x == null ? null : x.numerator(),
                    x == null ? null : x.denominator(), x == null ? List.of()
                            : x.sources().stream().map(Restated.Source::describe).toList(),
                    x == null ? List.of() : x.withoutCounts().stream().map(UnitCode::value).toList());
        }).toList(), d.restated().withoutSuccessor().stream().map(UnitCode::value).toList());
    }

    /** {@code {"indicator","year","rows":[…],"withoutSuccessor":[…]}}. */
    public record LineageDocument(String indicator, int year, List<LineageRow> rows, List<String> withoutSuccessor) {
    }

    /**
     * One drafted target with its baseline's restatement: the restated counts (exact; null when none
     * or not restatable), the old units it came from ({@code xa-a}, or {@code xa-d×0.6} for a part)
     * and those that gave a rate without counts ({@code notRestatableFrom}).
     */
    public record LineageRow(String unit, String name, UnitKind kind, BigDecimal baseline, BigDecimal ruleTarget,
            BigDecimal target, boolean overridden, String reason, Set<AllocationFlag> flags, Integer procedures,
            BigDecimal baselineNumerator, BigDecimal baselineDenominator, List<String> baselineFrom,
            List<String> notRestatableFrom) {
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
        List<List<Object>> rows = a.rows().stream().map(r -> Arrays.<Object>asList(r.unit().value(), r.name(), r.kind(),
                r.procedures() == null ? null : (long) r.procedures(),
                r.baseline() == null ? ReportValue.NOT_AVAILABLE : r.baseline(), r.ruleTarget(), r.target(),
                r.reason(), vn.chitieu.report.CodeList.of(r.flags(), " "))).toList();
        long overridden = a.rows().stream().filter(DraftedTarget::overridden).count();
        long below = a.flagged(AllocationFlag.BELOW_BASELINE).size();
        return Report.simple(
                "Dự thảo mức giao chỉ tiêu " + Cells.indicatorInText(a.indicator(), Lang.VI) + " năm " + a.year() + " (" + a.rows().size() + " đơn vị, "
                        + overridden + " điều chỉnh, " + below + " thấp hơn năm trước)",
                "Draft targets " + a.year() + ": " + Cells.indicatorInText(a.indicator(), Lang.EN) + " (" + a.rows().size() + " units, " + overridden
                        + " overridden, " + below + " below baseline)",
                columns, rows);
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
