package vn.chitieu.cli.demo;

import com.google.inject.Inject;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.chitieu.allocation.AppendixTarget;
import vn.chitieu.application.allocation.ReadAppendix;
import vn.chitieu.cli.ImportAppendixCommand;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.cli.output.ReportRenderer;

/**
 * Demo: reads seed 000's appendix as printed (both indicators on each line: the digitization target
 * and the online-rate target) into its targets, as {@code import-appendix appendix-daklak-2022.txt
 * --units units-daklak-2022.csv} does through the same use case, and shows its first rows with both
 * columns and how many targets each indicator gets.
 */
public final class BothIndicatorsStep extends SampleStep {

    static final String APPENDIX = "appendix-daklak-2022.txt";
    static final String UNITS = "units-daklak-2022.csv";
    private static final int SHOWN = 5;

    @Inject
    public BothIndicatorsStep(TableFiles files, ReportRenderer renderer) {
        super(22, "Phụ lục Quyết định năm 2022 của tỉnh Đắk Lắk (seed 000) với cả hai chỉ tiêu: số hóa và trực tuyến",
                "The Đắk Lắk 2022 appendix (seed 000) with both indicators: digitization and online rate", files, renderer);
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
        Map<String, List<AppendixTarget>> byIndicator = new LinkedHashMap<>();
        targets.forEach(t -> byIndicator.computeIfAbsent(t.indicator().value(), k -> new java.util.ArrayList<>()).add(t));
        out.println(lang == Lang.EN ? targets.size() + " targets in all, for " + result.period() + ":"
                : "Tổng cộng " + targets.size() + " mức giao, năm " + result.period() + ":");
        byIndicator.forEach((indicator, list) -> {
            Map<BigDecimal, Long> byTarget = list.stream().collect(Collectors.groupingBy(t -> t.target().stripTrailingZeros(),
                    LinkedHashMap::new, Collectors.counting()));
            String levels = byTarget.size() > 3 ? (lang == Lang.EN ? "from " : "từ ")
                    + byTarget.keySet().stream().min(Comparator.naturalOrder()).orElseThrow().toPlainString() + " %"
                    + (lang == Lang.EN ? " to " : " đến ")
                    + byTarget.keySet().stream().max(Comparator.naturalOrder()).orElseThrow().toPlainString() + " %"
                    : byTarget.entrySet().stream().map(e -> e.getKey().toPlainString() + " %: " + e.getValue())
                            .collect(Collectors.joining(", "));
            out.println("  " + indicator + ": " + list.size() + (lang == Lang.EN ? " targets (" : " mức giao (") + levels + ")");
        });
    }

    /** Seed 000's appendix, read as {@code import-appendix} reads it. */
    ReadAppendix.Result read() {
        return new ReadAppendix().read(new ReadAppendix.Command(Samples.source(APPENDIX), text(APPENDIX).lines().toList(),
                units(UNITS), null, null));
    }
}
