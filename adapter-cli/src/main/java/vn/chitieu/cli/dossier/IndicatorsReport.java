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
import vn.chitieu.result.ResultsColumns;
import vn.chitieu.unit.UnitTree;

/** The reports of {@code indicators}: a readable one (table, md, html) and the long results form (csv, xlsx). */
public final class IndicatorsReport {

    private IndicatorsReport() {
    }

    /** Unit, name, indicator, numerator, denominator, value: one row per figure, a section per unit. */
    public static Report readable(ComputedIndicators c, UnitTree tree, IndicatorCatalogue catalogue, String lang) {
        List<ReportColumn> columns = List.of(
                new ReportColumn("unit", "Mã đơn vị", "Unit", ColumnType.TEXT),
                new ReportColumn("name", "Đơn vị", "Name", ColumnType.TEXT),
                new ReportColumn("indicator", "Chỉ tiêu", "Indicator", ColumnType.TEXT),
                new ReportColumn("numerator", "Tử số (b)", "Numerator (b)", ColumnType.COUNT),
                new ReportColumn("denominator", "Mẫu số (a)", "Denominator (a)", ColumnType.COUNT),
                new ReportColumn("value", "Giá trị", "Value", ColumnType.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorFigure f : c.figures()) {
            String name = tree.find(f.unit()).map(u -> u.name()).orElse(f.unit().value());
            String indicator = catalogue.find(f.indicator()).map(i -> i.name(lang)).orElse(f.indicator().value());
            rows.add(Arrays.asList(f.unit().value(), name, indicator, f.numerator(), f.denominator(),
                    value(f, "en".equals(lang) ? vn.chitieu.cli.output.Lang.EN : vn.chitieu.cli.output.Lang.VI)));
        }
        String period = c.period().toString();
        List<String> notes = List.of("vi".equals(lang)
                ? "Hồ sơ: đọc " + c.read() + ", tính " + c.counted() + ", loại trừ " + c.excluded()
                        + " (trạng thái 1, 3, 7). Tỷ lệ = b / a của tổng số đếm trong cây đơn vị; a = 0: không có hồ sơ phát sinh."
                : "Dossiers: read " + c.read() + ", counted " + c.counted() + ", excluded " + c.excluded()
                        + " (status 1, 3, 7). Rates are b / a of the subtree's summed counts; a = 0: not available.");
        return new Report("Chỉ tiêu tính từ hồ sơ, kỳ " + period, "Indicators computed from dossiers, period " + period,
                columns, List.of(new ReportSection(null, null, rows)), null, notes);
    }

    /** A count as counts print, a rate as percentages print (two decimals at most): one number style per output. */
    private static String value(IndicatorFigure f, vn.chitieu.cli.output.Lang lang) {
        if (f.isCount()) {
            return vn.chitieu.cli.output.Cells.text(f.numerator(), ColumnType.COUNT, lang);
        }
        return f.value() == null ? vn.chitieu.cli.output.Cells.notAvailable(lang)
                : vn.chitieu.cli.output.Cells.text(f.value(), ColumnType.PERCENT, lang);
    }

    /** The long results form ({@link ResultsColumns#WRITTEN}) that {@code score} and {@code import results} read. */
    public static Report longForm(ComputedIndicators c) {
        List<List<Object>> rows = new ArrayList<>();
        c.results().forEach(r -> rows.add(ResultsColumns.cells(r)));
        return Report.simple("Kết quả (dạng dọc)", "Results (long form)", ResultsColumns.WRITTEN, rows);
    }
}
