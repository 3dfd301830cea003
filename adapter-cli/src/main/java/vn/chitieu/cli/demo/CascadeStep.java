package vn.chitieu.cli.demo;

import com.google.inject.Inject;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import vn.chitieu.allocation.AllocationPolicy;
import vn.chitieu.allocation.CascadeChildren;
import vn.chitieu.allocation.CascadePlan;
import vn.chitieu.application.allocation.CascadeTargets;
import vn.chitieu.application.allocation.CascadeTargetsCommand;
import vn.chitieu.application.allocation.ChildRequest;
import vn.chitieu.cli.CascadeCommand;
import vn.chitieu.cli.io.PolicyFile;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.ReportRenderer;
import vn.chitieu.unit.UnitCode;

/**
 * Demo: cascades thị xã Buôn Hồ's 2022 target (45 %, from the drafted decision) to its 7 wards and
 * 5 communes with the floors of seed 000 Article 2, then shows how a higher target would be
 * spread. The children's figures are illustrative.
 */
public final class CascadeStep extends SampleStep {

    static final String CHILDREN = "children-buon-ho-2022.csv";
    static final String POLICY = "policy-cascade-daklak-2022.yaml";
    private static final UnitCode BUON_HO = UnitCode.of("buon-ho");

    private final DraftDecisionStep drafting;
    private final PolicyFile policyFile;

    @Inject
    public CascadeStep(TableFiles files, PolicyFile policyFile, ReportRenderer renderer) {
        super(30, "Thị xã Buôn Hồ giao chỉ tiêu năm 2022 cho các phường, xã (seed 000, Điều 2; số liệu minh họa)",
                "Cascading Buôn Hồ's 2022 target to its wards and communes (seed 000, Article 2; illustrative figures)",
                files, renderer);
        this.drafting = new DraftDecisionStep(files, policyFile, renderer);
        this.policyFile = policyFile;
    }

    @Override
    public void run(PrintWriter out, Lang lang) {
        var buonHo = drafting.draft().row(BUON_HO).orElseThrow();
        BigDecimal target = buonHo.target();
        AllocationPolicy policy = policyFile.parse(Samples.source(POLICY), text(POLICY));
        List<ChildRequest> children = CascadeCommand.requests(CascadeChildren.read(table(CHILDREN), BUON_HO));
        String name = buonHo.name();
        print(out, CascadeCommand.report(plan(target, policy, children), name), lang);
        out.println(lang == Lang.EN
                ? "The floors alone (80% wards, 40% communes) already reach " + target.toPlainString() + "%: no child is raised."
                : "Riêng mức tối thiểu (phường 80%, xã 40%) đã đạt " + target.toPlainString().replace('.', ',')
                        + "%: không cần nâng đơn vị nào.");
        out.println();
        out.println(lang == Lang.EN ? "What if Buôn Hồ had to reach 75%:" : "Nếu Buôn Hồ phải đạt 75%:");
        print(out, CascadeCommand.report(plan(BigDecimal.valueOf(75), policy, children), name), lang);
    }

    /** As {@code cascade}: the same use case; the demo's targets are reachable. */
    private static CascadePlan plan(BigDecimal target, AllocationPolicy policy, List<ChildRequest> children) {
        return new CascadeTargets(null).cascade(new CascadeTargetsCommand(null, BUON_HO, target, "target", null, policy, children))
                .requireFeasible();
    }
}
