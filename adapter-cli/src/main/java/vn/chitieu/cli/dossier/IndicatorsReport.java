package vn.chitieu.cli.dossier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.chitieu.application.dossier.ComputedIndicators;
import vn.chitieu.dossier.IndicatorFigure;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.report.ReportSection;
import vn.chitieu.report.ReportValue;
import vn.chitieu.result.ResultsColumns;
import vn.chitieu.unit.UnitTree;

/** The reports of {@code indicators}: a readable one (table, md, html) and the long results form (csv, xlsx). */
public final class IndicatorsReport {

    private IndicatorsReport() {
    }

    /**
     * Unit, name, indicator, numerator, denominator, rate (%), count: one row per figure. One number
     * style per output: a rate under "Tỷ lệ (%)" (bare, as every percentage column), a count indicator's
     * figure under "Số lượng" (never with "%").
     */
    public static Report readable(ComputedIndicators c, UnitTree tree, IndicatorCatalogue catalogue, String lang) {
        List<ReportColumn> columns = List.of(
                new ReportColumn("unit", "Mã đơn vị", "Unit", ColumnType.TEXT),
                new ReportColumn("name", "Đơn vị", "Name", ColumnType.TEXT),
                new ReportColumn("indicator", "Chỉ tiêu", "Indicator", ColumnType.TEXT),
                new ReportColumn("numerator", "Tử số (b)", "Numerator (b)", ColumnType.COUNT),
                new ReportColumn("denominator", "Mẫu số (a)", "Denominator (a)", ColumnType.COUNT),
                new ReportColumn("value", "Tỷ lệ (%)", "Rate (%)", ColumnType.PERCENT),
                new ReportColumn("count", "Số lượng", "Count", ColumnType.COUNT));
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorFigure f : c.figures()) {
            String name = tree.find(f.unit()).map(u -> u.name()).orElse(f.unit().value());
            String indicator = catalogue.find(f.indicator()).map(i -> i.name(lang)).orElse(f.indicator().value());
            rows.add(f.isCount() ? Arrays.asList(f.unit().value(), name, indicator, null, null, null, f.numerator())
                    : Arrays.asList(f.unit().value(), name, indicator, f.numerator(), f.denominator(),
                            f.value() == null ? ReportValue.NOT_AVAILABLE : f.value(), null));
        }
        List<String> notes = List.of("vi".equals(lang)
                ? "Hồ sơ: đọc " + c.read() + ", tính " + c.counted() + ", loại trừ " + c.excluded()
                        + " (trạng thái 1, 3, 7). Tỷ lệ = b / a của tổng số đếm trong cây đơn vị; a = 0: không có hồ sơ phát sinh."
                : "Dossiers: read " + c.read() + ", counted " + c.counted() + ", excluded " + c.excluded()
                        + " (status 1, 3, 7). Rates are b / a of the subtree's summed counts; a = 0: not available.");
        return new Report("Chỉ tiêu tính từ hồ sơ, kỳ " + c.period().label("vi"),
                "Indicators computed from dossiers, " + c.period().label("en"),
                columns, List.of(new ReportSection(null, null, rows)), null, notes);
    }

    /** The long results form ({@link ResultsColumns#WRITTEN}) that {@code score} and {@code import results} read. */
    public static Report longForm(ComputedIndicators c) {
        return Report.simple("Kết quả (dạng dọc)", "Results (long form)", ResultsColumns.WRITTEN,
                c.results().stream().map(ResultsColumns::cells).toList());
    }
}
