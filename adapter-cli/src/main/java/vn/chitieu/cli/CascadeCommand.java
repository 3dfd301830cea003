package vn.chitieu.cli;

import com.google.inject.Inject;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.chitieu.allocation.AllocationPolicy;
import vn.chitieu.allocation.CascadeChild;
import vn.chitieu.allocation.CascadeChildren;
import vn.chitieu.allocation.CascadePlan;
import vn.chitieu.allocation.ChildTarget;
import vn.chitieu.application.allocation.CascadeTargets;
import vn.chitieu.application.allocation.CascadeTargetsCommand;
import vn.chitieu.application.allocation.ChildRequest;
import vn.chitieu.cli.io.PolicyFile;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.output.Output;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.report.ReportSection;
import vn.chitieu.report.ReportValue;
import vn.chitieu.text.NumberReader;
import vn.chitieu.text.UnreadableNumberException;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/**
 * {@code cascade --parent CODE --target T --children F --policy F}: splits a parent's target over
 * its children (domain.md §5). An unreachable target prints the plan (every child at its cap,
 * with {@code bestReachable}) as JSON on standard output and exits 1.
 */
@Command(name = "cascade", mixinStandardHelpOptions = true,
        description = {"Splits a parent's target over its children (wards, communes, townships, offices).",
            "Each child starts at max(floor of its kind, baseline + growth), capped, and rises by readiness × δ with the",
            "smallest δ that makes the weighted average reach the target; targets are rounded up to the policy's",
            "granularity. Exit 1, with the best reachable value, when the target cannot be reached."})
public final class CascadeCommand implements Callable<Integer> {

    @Option(names = "--parent", required = true, paramLabel = "CODE", description = "The parent unit's code (e.g. buon-ho).")
    private String parent;

    @Option(names = "--target", required = true, paramLabel = "T", description = "The parent's target in percent (45, 45%%, 45,5%%).")
    private String target;

    @Option(names = "--children", required = true, paramLabel = "FILE",
            description = "Children: unit,kind,weight,baseline[,readiness][,cap][,name].")
    private Path children;

    @Option(names = "--policy", required = true, paramLabel = "FILE", description = "policy.yaml: growth, granularity, cap, floors by kind.")
    private Path policy;

    @Mixin
    private OutputOptions out;

    @Inject private TableFiles tables;
    @Inject private PolicyFile policyFile;
    @Inject private Output output;
    private final CascadeTargets cascading = new CascadeTargets(null);

    @Override
    public Integer call() {
        out.format();
        UnitCode parentCode;
        try {
            parentCode = UnitCode.of(parent);
        } catch (IllegalArgumentException e) {
            throw out.usageError("--parent: " + e.getMessage());
        }
        BigDecimal t = target(target);
        AllocationPolicy p = policyFile.read(policy);
        List<CascadeChild> list = CascadeChildren.read(tables.stream(children), parentCode);
        CascadePlan plan = cascading.cascade(new CascadeTargetsCommand(null, parentCode, t, "--target", target, p, requests(list)));
        if (!plan.feasible()) {
            PrintWriter stdout = out.stdout();
            stdout.print(new String(output.toJson(document(plan)), StandardCharsets.UTF_8));
            stdout.flush();
            plan.requireFeasible();
        }
        boolean json = out.format() == vn.chitieu.cli.output.Format.JSON; // only what is written is built
        output.emit(out, json ? null : report(plan, plan.parent().value()), json ? document(plan) : null);
        return 0;
    }

    /** The number written in {@code --target}; the use case decides whether it is a target. */
    private static BigDecimal target(String text) {
        try {
            return NumberReader.percent(text).orElse(null);
        } catch (UnreadableNumberException e) {
            throw new InvalidInputException(InputProblem.at(null, 0, "--target", text, e.reason()));
        }
    }

    /** The children of a file, as the use case takes them. */
    public static List<ChildRequest> requests(List<CascadeChild> children) {
        return java.util.stream.IntStream.range(0, children.size()).mapToObj(i -> ChildRequest.of(children.get(i), i))
                .toList();
    }

    /**
     * The plan as a printable table titled with the parent's name (the achieved value on the totals line): δ, the points each child's
     * base is raised by at full readiness, is said in words with two decimals (exact in JSON).
     */
    public static Report report(CascadePlan plan, String parentName) {
        List<ReportColumn> columns = List.of(
                new ReportColumn("unit", "Mã đơn vị", "Unit", ColumnType.TEXT),
                new ReportColumn("name", "Đơn vị", "Name", ColumnType.TEXT),
                new ReportColumn("kind", "Loại", "Kind", ColumnType.TEXT),
                new ReportColumn("weight", "Trọng số (hồ sơ)", "Weight (dossiers)", ColumnType.DECIMAL),
                new ReportColumn("baseline", "Năm trước", "Baseline", ColumnType.PERCENT),
                new ReportColumn("readiness", "Mức sẵn sàng", "Readiness", ColumnType.DECIMAL),
                new ReportColumn("floor", "Tối thiểu", "Floor", ColumnType.PERCENT),
                new ReportColumn("cap", "Tối đa", "Cap", ColumnType.PERCENT),
                new ReportColumn("base", "Điểm xuất phát", "Base", ColumnType.PERCENT),
                new ReportColumn("target", "Mức giao", "Target", ColumnType.PERCENT));
        List<List<Object>> rows = new ArrayList<>();
        BigDecimal weight = BigDecimal.ZERO;
        for (ChildTarget r : plan.rows()) {
            weight = weight.add(r.weight());
            rows.add(Arrays.asList(r.unit().value(), r.name(), r.kind(), r.weight(),
                    r.baseline() == null ? ReportValue.NOT_AVAILABLE : r.baseline(), r.readiness(), r.floor(), r.cap(),
                    r.base(), r.target()));
        }
        List<Object> totals = Arrays.asList("Σ", null, null, weight, null, null, null, null, null, plan.achieved());
        String delta = plain(plan.delta());
        boolean raised = plan.delta() != null && plan.delta().signum() > 0;
        String vi = "Giao chỉ tiêu của " + parentName + " (" + comma(plain(plan.target())) + "%) cho đơn vị cấp dưới: "
                + (!plan.feasible() ? "không thể đạt, tối đa " + comma(plain(plan.bestReachable())) + "%"
                        : (raised ? "nâng điểm xuất phát thêm " + comma(delta) + " điểm % × mức sẵn sàng"
                                : "giữ nguyên điểm xuất phát") + ", đạt " + comma(plain(plan.achieved())) + "%");
        String en = "Cascade of " + parentName + "'s " + plain(plan.target()) + "% target: "
                + (!plan.feasible() ? "infeasible, best reachable " + plain(plan.bestReachable()) + "%"
                        : (raised ? "bases raised by " + delta + " points × readiness" : "bases kept")
                                + ", achieved " + plain(plan.achieved()) + "%");
        return new Report(vi, en, columns, List.of(new ReportSection(null, null, rows)), totals, List.of());
    }

    private static String comma(String s) {
        return s.replace('.', ',');
    }

    private static String plain(BigDecimal v) {
        return v == null ? "—" : v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The JSON document of {@code cascade} (contracts.md). */
    public static Document document(CascadePlan plan) {
        return new Document(plan.parent().value(), plan.target(), plan.feasible(), plan.delta(), plan.achieved(),
                plan.bestReachable(), plan.rows().stream().map(r -> new Row(r.unit().value(), r.name(), r.kind(),
                        r.weight(), r.baseline(), r.readiness(), r.cap(), r.floor(), r.base(), r.target())).toList());
    }

    /** {@code {"parent","target","feasible","delta","achieved","bestReachable","rows":[…]}}. */
    public record Document(String parent, BigDecimal target, boolean feasible, BigDecimal delta, BigDecimal achieved,
            BigDecimal bestReachable, List<Row> rows) {
    }

    /** One child's line of the plan. */
    public record Row(String unit, String name, UnitKind kind, BigDecimal weight, BigDecimal baseline,
            BigDecimal readiness, BigDecimal cap, BigDecimal floor, BigDecimal base, BigDecimal target) {
    }
}
