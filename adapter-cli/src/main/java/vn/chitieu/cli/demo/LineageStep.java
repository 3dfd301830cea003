package vn.chitieu.cli.demo;

import com.google.inject.Inject;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.chitieu.application.allocation.DraftTargetsCommand;
import vn.chitieu.application.allocation.DraftTargetsFromFiles;
import vn.chitieu.application.allocation.LineageDraft;
import vn.chitieu.cli.AllocateCommand;
import vn.chitieu.cli.io.PolicyFile;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.ReportRenderer;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportSection;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/**
 * Demo (issue 14): Khánh Hòa's 2026 targets drafted for its new two-tier units (departments,
 * wards, communes and the special zone Trường Sa) from the 2025 counts of the old three-tier units,
 * through the lineage, as {@code allocate --as-of 2026-01-01 --lineage … --baseline …} does: one
 * registry over time ({@code units-khanhhoa-2024-2026.csv}), the lineage of 1 March 2025 (merged
 * departments) and 1 July 2025 (merged and split communes), and made-up counts. The province, its
 * old districts and communes are real names; the new communes, the mergers and every figure are
 * illustrative.
 */
public final class LineageStep extends SampleStep {

    static final String UNITS = "units-khanhhoa-2024-2026.csv";
    static final String LINEAGE = "lineage-khanhhoa-2025.csv";
    static final String BASELINE = "baseline-khanhhoa-2025.csv";
    static final String POLICY = "policy-khanhhoa-2026.yaml";
    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    /** The rows shown: two merged departments, a merger of three communes, a split, the special zone, a rate without counts. */
    static final Set<String> SHOWN = Set.of("so-nong-nghiep-va-moi-truong", "so-noi-vu", "xa-ninh-hung", "xa-dien-lam",
            "xa-dien-dien", "dac-khu-truong-sa", "xa-son-trung", "phuong-bac-nha-trang");

    private final PolicyFile policyFile;

    @Inject
    public LineageStep(TableFiles files, PolicyFile policyFile, ReportRenderer renderer) {
        super(26, "Dự thảo chỉ tiêu năm 2026 cho các đơn vị mới của tỉnh Khánh Hòa (chính quyền hai cấp) từ số liệu 2025 của "
                + "các đơn vị cũ qua bảng kế thừa (số liệu minh họa)",
                "Khánh Hòa's 2026 targets for its new two-tier units, from the old units' 2025 counts through the lineage "
                        + "(illustrative figures)", files, renderer);
        this.policyFile = policyFile;
    }

    /** As {@code allocate --as-of 2026-01-01 --lineage … --baseline … --year 2026}: the same use case. */
    LineageDraft draft() {
        return new DraftTargetsFromFiles().drafted(new DraftTargetsCommand(units(UNITS), table(BASELINE),
                policyFile.parse(Samples.source(POLICY), text(POLICY)), null, 2026, null, AS_OF, table(LINEAGE)));
    }

    @Override
    public void run(PrintWriter out, Lang lang) {
        UnitTree registry = units(UNITS);
        UnitTree old = registry.asOf(LocalDate.of(2024, 12, 31));
        UnitTree now = registry.asOf(AS_OF);
        long districts = old.units().stream().filter(u -> u.kind() == UnitKind.DISTRICT).count();
        long communes = now.units().stream().filter(u -> u.kind() == UnitKind.COMMUNE || u.kind() == UnitKind.WARD
                || u.kind() == UnitKind.SPECIAL_ZONE).count();
        LineageDraft d = draft();
        out.println(lang == Lang.EN
                ? "One registry over time: " + old.size() + " units on 2024-12-31 (three tiers, " + districts
                        + " districts), " + now.size() + " on " + AS_OF + " (two tiers: " + communes
                        + " communes, wards and special zones); " + table(LINEAGE).rows().size() + " lineage links."
                : "Một danh mục theo thời gian: " + old.size() + " đơn vị ngày 31/12/2024 (ba cấp, " + districts
                        + " huyện), " + now.size() + " đơn vị ngày 01/01/2026 (hai cấp: " + communes
                        + " xã, phường, đặc khu); " + table(LINEAGE).rows().size() + " dòng kế thừa.");
        Report full = AllocateCommand.report(d, lang);
        int unit = full.columns().indexOf(full.columns().stream().filter(c -> c.key().equals("unit")).findFirst().orElseThrow());
        List<List<Object>> rows = full.sections().get(0).rows().stream()
                .filter(row -> SHOWN.contains(String.valueOf(row.get(unit)))).toList();
        out.println(lang == Lang.EN
                ? rows.size() + " of the " + d.allocation().rows().size() + " rows; allocate --lineage prints them all:"
                : rows.size() + " trong " + d.allocation().rows().size() + " dòng; allocate --lineage in đủ:");
        print(out, new Report(full.titleVi(), full.titleEn(), full.columns(), List.of(new ReportSection(null, null, rows)),
                null, full.notes()), lang);
    }
}
