package vn.chitieu.cli.demo;

import com.google.inject.Inject;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import vn.chitieu.allocation.Allocation;
import vn.chitieu.allocation.AllocationInputs;
import vn.chitieu.allocation.AllocationPolicy;
import vn.chitieu.allocation.Appendix;
import vn.chitieu.allocation.DraftTargets;
import vn.chitieu.cli.AllocateCommand;
import vn.chitieu.cli.io.PolicyFile;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.output.Format;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.ReportRenderer;
import vn.chitieu.unit.NameResolver;
import vn.chitieu.unit.UnitTree;
import vn.chitieu.unit.UnitsTable;

/** Demo: drafts the Đắk Lắk 2022 decision (seed 000) from the 2021 baselines, the rule and the four overrides. */
public final class DraftDecisionStep implements DemoStep {

    static final String UNITS = "units-daklak-2022.csv";
    static final String BASELINE = "baseline-daklak-2021.csv";
    static final String POLICY = "policy-daklak-2022.yaml";
    static final String OVERRIDES = "overrides-daklak-2022.csv";

    private final TableFiles files;
    private final PolicyFile policyFile;
    private final ReportRenderer renderer;

    @Inject
    public DraftDecisionStep(TableFiles files, PolicyFile policyFile, ReportRenderer renderer) {
        this.files = files;
        this.policyFile = policyFile;
        this.renderer = renderer;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String title(Lang lang) {
        return lang == Lang.EN ? "Drafting the Đắk Lắk 2022 online-rate targets (seed 000): rule, overrides, appendix"
                : "Dự thảo mức giao chỉ tiêu trực tuyến năm 2022 của tỉnh Đắk Lắk (seed 000): quy tắc, điều chỉnh, phụ lục";
    }

    @Override
    public void run(PrintWriter out, Lang lang) {
        Allocation allocation = draft(files, policyFile);
        print(out, renderer.render(AllocateCommand.report(allocation), Format.TABLE, lang));
        out.println();
        print(out, renderer.render(Appendix.of(allocation), Format.TABLE, lang));
    }

    /** The 2022 draft from the bundled samples. */
    static Allocation draft(TableFiles files, PolicyFile policyFile) {
        UnitTree tree = UnitsTable.read(files.readCsv(Samples.source(UNITS), Samples.bytes(UNITS)));
        NameResolver names = new NameResolver(tree);
        AllocationPolicy policy = policyFile.parse(Samples.source(POLICY),
                files.text(Samples.source(POLICY), Samples.bytes(POLICY)));
        return new DraftTargets(policy).draft(DraftTargets.recipients(tree),
                AllocationInputs.baselines(files.readCsv(Samples.source(BASELINE), Samples.bytes(BASELINE)), names,
                        policy.indicator()),
                AllocationInputs.overrides(files.readCsv(Samples.source(OVERRIDES), Samples.bytes(OVERRIDES)), names),
                2022);
    }

    private static void print(PrintWriter out, byte[] bytes) {
        out.print(new String(bytes, StandardCharsets.UTF_8));
    }

}
