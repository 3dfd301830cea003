package vn.chitieu.cli.demo;

import com.google.inject.Inject;
import java.io.PrintWriter;
import vn.chitieu.allocation.Allocation;
import vn.chitieu.allocation.Appendix;
import vn.chitieu.application.allocation.DraftTargetsCommand;
import vn.chitieu.application.allocation.DraftTargetsFromFiles;
import vn.chitieu.cli.AllocateCommand;
import vn.chitieu.cli.io.PolicyFile;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.ReportRenderer;

/** Demo: drafts the Đắk Lắk 2022 decision (seed 000) from the 2021 baselines, the rule and the four overrides. */
public final class DraftDecisionStep extends SampleStep {

    static final String UNITS = "units-daklak-2022.csv";
    static final String BASELINE = "baseline-daklak-2021.csv";
    static final String POLICY = "policy-daklak-2022.yaml";
    static final String OVERRIDES = "overrides-daklak-2022.csv";

    private final PolicyFile policyFile;

    @Inject
    public DraftDecisionStep(TableFiles files, PolicyFile policyFile, ReportRenderer renderer) {
        super(20, "Dự thảo mức giao chỉ tiêu trực tuyến năm 2022 của tỉnh Đắk Lắk (seed 000): quy tắc, điều chỉnh, phụ lục",
                "Drafting the Đắk Lắk 2022 online-rate targets (seed 000): rule, overrides, appendix", files, renderer);
        this.policyFile = policyFile;
    }

    @Override
    public void run(PrintWriter out, Lang lang) {
        Allocation allocation = draft();
        print(out, AllocateCommand.report(allocation), lang);
        out.println();
        print(out, Appendix.of(allocation), lang);
    }

    /** The 2022 draft from the bundled samples, as {@code allocate} drafts it. */
    Allocation draft() {
        return new DraftTargetsFromFiles().draft(new DraftTargetsCommand(units(UNITS), table(BASELINE),
                policyFile.parse(Samples.source(POLICY), text(POLICY)), table(OVERRIDES), 2022));
    }
}
