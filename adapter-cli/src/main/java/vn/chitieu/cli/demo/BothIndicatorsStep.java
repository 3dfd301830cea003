package vn.chitieu.cli.demo;

import com.google.inject.Inject;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.util.ArrayList;
import vn.chitieu.allocation.AppendixTarget;
import vn.chitieu.decision.Assignment;
import vn.chitieu.decision.Decision;
import vn.chitieu.decision.DocumentReference;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.application.allocation.ReadAppendix;
import vn.chitieu.cli.ImportAppendixCommand;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.ReportRenderer;

/**
 * Demo: reads seed 000's appendix as printed (both indicators on each line: the digitization target
 * and the online-rate target) into its targets, as {@code import-appendix appendix-daklak-2022.txt
 * --units units-daklak-2022.csv} does through the same use case, and shows its first rows with both
 * columns; then drafts the decision with its 66 targets and two of its legal bases in a fresh
 * in-memory storage, as {@code import units}, {@code decision draft} and {@code decision set-targets}
 * do, and says how many targets each indicator of the draft gets.
 */
public final class BothIndicatorsStep extends SampleStep {

    static final String APPENDIX = "appendix-daklak-2022.txt";
    static final String UNITS = "units-daklak-2022.csv";
    private static final int SHOWN = 5;
    static final String TITLE = "Về việc giao chỉ tiêu số hóa hồ sơ kết quả giải quyết thủ tục hành chính, chỉ tiêu hồ sơ "
            + "được tiếp nhận, giải quyết trực tuyến mức độ 3, mức độ 4 cho các sở, ban, ngành; UBND các huyện, thị xã, "
            + "thành phố năm 2022 trên địa bàn tỉnh Đắk Lắk";
    /** Two of the decision's legal bases, as its preamble prints them. */
    static final List<DocumentReference> LEGAL_BASES = List.of(
            new DocumentReference("3478/QĐ-UBND", LocalDate.of(2021, 12, 10), "UBND tỉnh",
                    "về việc ban hành Chương trình cải cách hành chính nhà nước tỉnh Đắk Lắk giai đoạn 2021-2025, "
                            + "định hướng đến năm 2030", null),
            new DocumentReference("629/QĐ-UBND", LocalDate.of(2022, 3, 15), "UBND tỉnh",
                    "về việc Công bố Danh mục thủ tục hành chính được cung cấp, tiếp nhận và giải quyết trực tuyến trên "
                            + "hệ thống Cổng dịch vụ công của tỉnh Đắk Lắk", null));

    private final DemoStorage storage;
    private final IndicatorCatalogue catalogue;

    @Inject
    public BothIndicatorsStep(TableFiles files, DemoStorage storage, IndicatorCatalogue catalogue, ReportRenderer renderer) {
        super(22, "Dự thảo Quyết định năm 2022 của tỉnh Đắk Lắk (seed 000) với cả hai chỉ tiêu theo phụ lục: số hóa và trực tuyến",
                "Drafting the Đắk Lắk 2022 decision (seed 000) with both indicators of its appendix: digitization and online rate", files, renderer);
        this.storage = storage;
        this.catalogue = catalogue;
    }

    @Override
    public void run(PrintWriter out, Lang lang) {
        ReadAppendix.Result result = read();
        List<AppendixTarget> targets = result.targets();
        List<Integer> firstLines = targets.stream().map(AppendixTarget::line).distinct().sorted().limit(SHOWN).toList();
        ReadAppendix.Result firstRows = new ReadAppendix.Result(result.period(), result.columns(),
                targets.stream().filter(t -> firstLines.contains(t.line())).toList(), result.ofTasks());
        print(out, ImportAppendixCommand.report(firstRows, ImportAppendixCommand.View.APPENDIX), lang);
        out.println(lang == Lang.EN ? "(first " + SHOWN + " of " + targets.stream().map(AppendixTarget::line).distinct().count()
                + " lines)" : "(" + SHOWN + " dòng đầu trong " + targets.stream().map(AppendixTarget::line).distinct().count()
                + " dòng)");
        out.println();
        Decision decision = DemoDrafts.draft(DemoDrafts.withUnits(storage.fresh(), catalogue, Samples.source(UNITS), table(UNITS)),
                catalogue, UnitCode.of("daklak"), 2022, TITLE, LEGAL_BASES,
                DemoDrafts.targetsTable(Samples.source(APPENDIX), targets, result.period()), List.of());
        out.println(lang == Lang.EN
                ? "Drafted (" + lang.label(decision.status()) + ", " + decision.issuer() + ", " + decision.year() + "): "
                        + decision.assignments().size() + " targets, on the legal bases " + bases(decision) + ":"
                : "Đã dự thảo (" + lang.label(decision.status()) + ", " + decision.issuer() + ", " + decision.year() + "): "
                        + decision.assignments().size() + " mức giao, căn cứ " + bases(decision) + ":");
        Map<String, List<Assignment>> byIndicator = new LinkedHashMap<>();
        decision.assignments().forEach(a -> byIndicator.computeIfAbsent(
                vn.chitieu.cli.output.Cells.indicatorName(a.indicator(), lang), k -> new ArrayList<>()).add(a));
        byIndicator.forEach((indicator, list) -> {
            Map<BigDecimal, Long> byTarget = list.stream().collect(Collectors.groupingBy(a -> a.target().stripTrailingZeros(),
                    LinkedHashMap::new, Collectors.counting()));
            String levels = byTarget.size() > 3 ? (lang == Lang.EN ? "from " : "từ ")
                    + byTarget.keySet().stream().min(Comparator.naturalOrder()).orElseThrow().toPlainString() + "%"
                    + (lang == Lang.EN ? " to " : " đến ")
                    + byTarget.keySet().stream().max(Comparator.naturalOrder()).orElseThrow().toPlainString() + "%"
                    : byTarget.entrySet().stream().map(e -> e.getKey().toPlainString() + "%: " + e.getValue())
                            .collect(Collectors.joining(", "));
            out.println("  " + indicator + ": " + list.size() + (lang == Lang.EN ? " targets (" : " mức giao (") + levels + ")");
        });
    }

    private static String bases(Decision decision) {
        return decision.legalBases().stream().map(b -> b.number() + " (" + b.date() + ")").collect(Collectors.joining(", "));
    }

    /** Seed 000's appendix, read as {@code import-appendix} reads it. */
    ReadAppendix.Result read() {
        return new ReadAppendix().read(new ReadAppendix.Command(Samples.source(APPENDIX), text(APPENDIX).lines().toList(),
                units(UNITS), null, null));
    }
}
