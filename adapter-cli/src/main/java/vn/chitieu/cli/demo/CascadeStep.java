package vn.chitieu.cli.demo;

import com.google.inject.Inject;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.chitieu.allocation.Allocation;
import vn.chitieu.allocation.AllocationPolicy;
import vn.chitieu.allocation.Cascade;
import vn.chitieu.allocation.CascadeChild;
import vn.chitieu.allocation.CascadeChildren;
import vn.chitieu.allocation.CascadePlan;
import vn.chitieu.cli.CascadeCommand;
import vn.chitieu.cli.io.PolicyFile;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.output.Format;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.ReportRenderer;
import vn.chitieu.unit.UnitCode;

/**
 * Demo: cascades thị xã Buôn Hồ's 2022 target (45 %, from the drafted decision) to its 7 wards and
 * 5 communes with the floors of seed 000 Article 2, then shows how a higher target would be
 * spread. The children's figures are illustrative.
 */
public final class CascadeStep implements DemoStep {

    static final String CHILDREN = "children-buon-ho-2022.csv";
    static final String POLICY = "policy-cascade-daklak-2022.yaml";
    private static final UnitCode BUON_HO = UnitCode.of("buon-ho");

    private final TableFiles files;
    private final PolicyFile policyFile;
    private final ReportRenderer renderer;

    @Inject
    public CascadeStep(TableFiles files, PolicyFile policyFile, ReportRenderer renderer) {
        this.files = files;
        this.policyFile = policyFile;
        this.renderer = renderer;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String title(Lang lang) {
        return lang == Lang.EN ? "Cascading Buôn Hồ's 2022 target to its wards and communes (seed 000, Article 2; illustrative figures)"
                : "Thị xã Buôn Hồ giao chỉ tiêu năm 2022 cho các phường, xã (seed 000, Điều 2; số liệu minh họa)";
    }

    @Override
    public void run(PrintWriter out, Lang lang) {
        Allocation decision = DraftDecisionStep.draft(files, policyFile);
        BigDecimal target = decision.row(BUON_HO).orElseThrow().target();
        AllocationPolicy policy = policyFile.parse(Samples.source(POLICY), files.text(Samples.source(POLICY), Samples.bytes(POLICY)));
        List<CascadeChild> children = CascadeChildren.read(files.readCsv(Samples.source(CHILDREN), Samples.bytes(CHILDREN)));
        Cascade cascade = new Cascade(policy);
        print(out, renderer.render(CascadeCommand.report(cascade.solve(BUON_HO, target, children)), Format.TABLE, lang));
        out.println(lang == Lang.EN
                ? "The floors alone (80 % wards, 40 % communes) already reach " + target.toPlainString() + " %: δ = 0."
                : "Riêng mức tối thiểu (phường 80 %, xã 40 %) đã đạt " + target.toPlainString() + " %: δ = 0.");
        out.println();
        CascadePlan higher = cascade.solve(BUON_HO, BigDecimal.valueOf(75), children);
        out.println(lang == Lang.EN ? "What if Buôn Hồ had to reach 75 %:" : "Nếu Buôn Hồ phải đạt 75 %:");
        print(out, renderer.render(CascadeCommand.report(higher), Format.TABLE, lang));
    }

    private static void print(PrintWriter out, byte[] bytes) {
        out.print(new String(bytes, StandardCharsets.UTF_8));
    }
}
