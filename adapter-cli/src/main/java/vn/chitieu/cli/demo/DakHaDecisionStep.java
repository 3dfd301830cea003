package vn.chitieu.cli.demo;

import com.google.inject.Inject;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.chitieu.allocation.AppendixTarget;
import vn.chitieu.application.allocation.ReadAppendix;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.ReportRenderer;
import vn.chitieu.decision.DocumentReference;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.unit.UnitKind;

/**
 * Demo: the Đắk Hà 2023 decision (seed 001) as the seed writes it: some of its legal bases (its own
 * "Căn cứ" list, as {@link DocumentReference}s: number, date, issuer, title, as printed in the
 * sample), then its appendix read as {@code import-appendix appendix-dakha-2023.txt} reads it,
 * through the same use case: one task a row, assigned to a group of kinds ("UBND cấp xã"), with
 * lead and coordinating unit, unit of measure and legal basis. Nothing is stored.
 */
public final class DakHaDecisionStep extends SampleStep {

    static final String APPENDIX = "appendix-dakha-2023.txt";

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
    public DakHaDecisionStep(TableFiles files, ReportRenderer renderer) {
        super(24, "Quyết định giao chỉ tiêu năm 2023 của huyện Đắk Hà (seed 001): căn cứ pháp lý và chỉ tiêu giao cho nhóm đơn vị",
                "The Đắk Hà 2023 decision (seed 001): its legal bases and its targets for groups of units", files, renderer);
    }

    @Override
    public void run(PrintWriter out, Lang lang) {
        List<List<Object>> bases = new ArrayList<>();
        for (DocumentReference b : LEGAL_BASES) {
            bases.add(Arrays.asList(b.number(), b.date().toString(), b.issuer(), b.title()));
        }
        print(out, Report.simple("Căn cứ (" + LEGAL_BASES.size() + " trong số các căn cứ của Quyết định)",
                "Legal bases (" + LEGAL_BASES.size() + " of the decision's)",
                List.of(text("number", "Số", "Number"), text("date", "Ngày", "Date"), text("issuer", "Cơ quan ban hành", "Issuer"),
                        text("title", "Trích yếu", "Title")), bases), lang);
        out.println();
        ReadAppendix.Result result = read();
        List<List<Object>> rows = new ArrayList<>();
        for (AppendixTarget t : result.targets()) {
            rows.add(Arrays.asList(t.item(), t.name(), t.forKinds() ? t.kinds().stream().map(UnitKind::name)
                    .collect(Collectors.joining(", ")) : t.unit(), t.indicator().value(), t.target(), t.unitOfMeasure(),
                    t.coordinatingUnit(), t.legalBasis()));
        }
        print(out, Report.simple("Chỉ tiêu giao cho nhóm đơn vị, năm " + result.period() + ": " + rows.size() + " chỉ tiêu",
                "Targets for groups of units, " + result.period() + ": " + rows.size() + " targets",
                List.of(text("item", "STT", "No."), text("group", "Nhóm (như in)", "Group (as printed)"),
                        text("kinds", "Loại đơn vị", "Kinds"), text("indicator", "Chỉ tiêu", "Indicator"),
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
