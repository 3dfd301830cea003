package vn.chitieu.cli.demo;

import com.google.inject.Inject;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.chitieu.application.allocation.ReadAppendix;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.ReportRenderer;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DocumentReference;
import vn.chitieu.decision.GroupAssignment;
import vn.chitieu.decision.UnitGroup;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.period.Period;
import vn.chitieu.port.out.Storage;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.unit.UnitKind;

/**
 * Demo: the Đắk Hà 2023 decision (seed 001) as the seed writes it: some of its legal bases (its own
 * "Căn cứ" list, as {@link DocumentReference}s: number, date, issuer, title, as printed in the
 * sample), then its appendix read as {@code import-appendix appendix-dakha-2023.txt} reads it,
 * through the same use case: one task a row, assigned to a group of kinds ("UBND cấp xã"), with
 * lead and coordinating unit, unit of measure and legal basis; drafted, with these legal bases and
 * its group targets, in a fresh in-memory storage holding a tiny Đắk Hà ({@code units-dakha-2023.csv}),
 * as {@code decision draft} and {@code decision set-targets} do. The units are illustrative.
 */
public final class DakHaDecisionStep extends SampleStep {

    static final String APPENDIX = "appendix-dakha-2023.txt";
    /** A tiny Đắk Hà (the district, three offices, a township and three communes) to draft in. */
    static final String UNITS = "units-dakha-2023.csv";
    static final UnitCode DAK_HA = UnitCode.of("dak-ha");
    static final String TITLE = "Về việc giao chỉ tiêu triển khai số hóa hồ sơ, kết quả giải quyết thủ tục hành chính, sử dụng "
            + "dịch vụ công trực tuyến, thanh toán trực tuyến và giải quyết hồ sơ thủ tục hành chính trên địa bàn huyện "
            + "Đắk Hà năm 2023";

    private final DemoStorage storage;
    private final IndicatorCatalogue catalogue;

    /** Four of the decision's legal bases, as its preamble prints them. */
    static final List<DocumentReference> LEGAL_BASES = List.of(
            new DocumentReference("61/2018/NĐ-CP", LocalDate.of(2018, 4, 23), "Chính phủ",
                    "về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính", null),
            new DocumentReference("45/2020/NĐ-CP", LocalDate.of(2020, 4, 8), "Chính phủ",
                    "về thực hiện thủ tục hành chính trên môi trường điện tử", null),
            new DocumentReference("766/QĐ-TTg", LocalDate.of(2022, 6, 23), "Thủ tướng Chính phủ",
                    "về phê duyệt bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp "
                            + "trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử", null),
            new DocumentReference("55/QĐ-UBND", LocalDate.of(2023, 2, 8), "Ủy ban nhân dân tỉnh Kon Tum",
                    "về việc giao chỉ tiêu triển khai số hóa hồ sơ, kết quả giải quyết thủ tục hành chính, sử dụng dịch vụ "
                            + "công trực tuyến, thanh toán trực tuyến và giải quyết hồ sơ thủ tục hành chính năm 2023 "
                            + "trên địa bàn tỉnh Kon Tum", null));

    @Inject
    public DakHaDecisionStep(TableFiles files, DemoStorage storage, IndicatorCatalogue catalogue, ReportRenderer renderer) {
        super(24, "Quyết định giao chỉ tiêu năm 2023 của huyện Đắk Hà (seed 001): căn cứ pháp lý và chỉ tiêu giao cho nhóm đơn vị",
                "The Đắk Hà 2023 decision (seed 001): its legal bases and its targets for groups of units", files, renderer);
        this.storage = storage;
        this.catalogue = catalogue;
    }

    @Override
    public void run(PrintWriter out, Lang lang) {
        ReadAppendix.Result result = read();
        Period period = Period.parse(result.period());
        // in a district's decision "UBND huyện" (DISTRICT) is the issuing district itself
        List<GroupAssignment> groups = result.targets().stream().map(t -> new GroupAssignment(new UnitGroup(t.name(),
                t.kinds(), t.kinds().contains(UnitKind.DISTRICT)), t.indicator(), period, t.target(), t.unitOfMeasure(),
                null, t.leadUnit(), null, t.coordinatingUnit(), t.legalBasis(), null)).toList();
        Storage storage = DemoDrafts.withUnits(this.storage.fresh(), catalogue, Samples.source(UNITS), table(UNITS));
        UnitTree tree = storage.units().tree();
        Decision decision = DemoDrafts.draft(storage, catalogue, DAK_HA, period.year(), TITLE, LEGAL_BASES, null, groups);
        out.println((lang == Lang.EN ? "Drafted (" : "Đã dự thảo (") + lang.label(decision.status()) + ", " + decision.issuer() + ", "
                + decision.year() + "): " + decision.title());
        out.println();
        List<List<Object>> bases = decision.legalBases().stream()
                .map(b -> Arrays.<Object>asList(b.number(), b.date().toString(), b.issuer(), b.title())).toList();
        print(out, Report.simple("Căn cứ (" + bases.size() + " trong số các căn cứ của Quyết định)",
                "Legal bases (" + bases.size() + " of the decision's)",
                List.of(text("number", "Số", "Number"), text("date", "Ngày", "Date"), text("issuer", "Cơ quan ban hành", "Issuer"),
                        text("title", "Trích yếu", "Title")), bases), lang);
        out.println();
        List<List<Object>> rows = new ArrayList<>();
        for (GroupAssignment g : decision.groupAssignments()) {
            List<Object> kinds = new ArrayList<>();
            if (g.group().issuer()) {
                kinds.add(vn.chitieu.common.Message.of("group.issuer"));
            }
            g.group().kinds().stream().filter(k -> k != UnitKind.DISTRICT).forEach(kinds::add);
            rows.add(Arrays.asList(g.group().label(), vn.chitieu.report.CodeList.of(kinds, ", "),
                    (long) g.group().members(tree, DAK_HA).size(), g.indicator(), g.target(), g.unitOfMeasure(),
                    g.coordinatingUnitName(), g.legalBasis()));
        }
        print(out, Report.simple("Chỉ tiêu giao cho nhóm đơn vị, năm " + decision.year() + ": " + rows.size() + " chỉ tiêu",
                "Targets for groups of units, " + decision.year() + ": " + rows.size() + " targets",
                List.of(text("group", "Nhóm (như in)", "Group (as printed)"), text("kinds", "Loại đơn vị", "Kinds"),
                        new ReportColumn("members", "Số đơn vị", "Units", ColumnType.COUNT),
                        text("indicator", "Chỉ tiêu", "Indicator"),
                        new ReportColumn("target", "Mức giao", "Target", ColumnType.DECIMAL),
                        text("unitOfMeasure", "Đơn vị tính", "Unit of measure"),
                        text("coordinating", "Phối hợp", "Coordinating"), text("legalBasis", "Căn cứ thực hiện", "Legal basis")),
                rows), lang);
    }

    /** Seed 001's appendix, read as {@code import-appendix} reads it (no registry: groups need none). */
    ReadAppendix.Result read() {
        return new ReadAppendix().read(new ReadAppendix.Command(Samples.source(APPENDIX), text(APPENDIX).lines().toList(),
                null, null, null));
    }

    private static ReportColumn text(String key, String vi, String en) {
        return new ReportColumn(key, vi, en, ColumnType.TEXT);
    }
}
