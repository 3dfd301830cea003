package vn.chitieu.allocation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.report.ReportSection;
import vn.chitieu.report.ReportValue;

/**
 * A decision's appendix (Phụ lục) as officials print it (seeds 000 and 002): STT, unit, # eligible
 * procedures, last year's value and the target, grouped by section (I. departments, II. districts
 * …) with the numbering restarting in each section. A baseline that is not available prints as
 * "Không có hồ sơ phát sinh" ({@link ReportValue#NOT_AVAILABLE}).
 */
public final class Appendix {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};

    private Appendix() {
    }

    /** The appendix of a drafted allocation; the baseline is taken to be of the year before. */
    public static Report of(Allocation allocation) {
        List<AppendixEntry> entries = allocation.rows().stream()
                .map(r -> new AppendixEntry(r.unit().value(), r.name(), AppendixSection.of(r.kind()), r.procedures(),
                        null, r.baseline(), r.target(), 0))
                .toList();
        return of(entries, allocation.indicator(), allocation.year());
    }

    /** The appendix of {@code entries}, targets for {@code year} of {@code indicator}. */
    public static Report of(List<AppendixEntry> entries, IndicatorCode indicator, int year) {
        Indicator ind = IndicatorCatalogue.builtIn().find(indicator).orElse(null);
        String nameVi = ind == null ? indicator.value() : ind.nameVi();
        String nameEn = ind == null ? indicator.value() : ind.nameEn();
        List<ReportColumn> columns = List.of(
                new ReportColumn("stt", "STT", "No.", ColumnType.COUNT),
                new ReportColumn("name", "Cơ quan, đơn vị", "Unit", ColumnType.TEXT),
                new ReportColumn("procedures", "Số lượng TTHC mức độ 3, 4", "Procedures online (level 3, 4)",
                        ColumnType.COUNT),
                new ReportColumn("baseline", nameVi + " năm " + (year - 1), nameEn + ", " + (year - 1),
                        ColumnType.PERCENT),
                new ReportColumn("target", "Mức giao chỉ tiêu năm " + year, "Target " + year, ColumnType.PERCENT));

        Map<AppendixSection, List<List<Object>>> bySection = new EnumMap<>(AppendixSection.class);
        for (AppendixEntry e : entries) {
            List<List<Object>> rows = bySection.computeIfAbsent(e.section(), s -> new ArrayList<>());
            List<Object> row = new ArrayList<>();
            row.add((long) rows.size() + 1);
            row.add(e.name());
            row.add(e.procedures() == null ? null : (long) e.procedures());
            row.add(e.baseline() == null ? ReportValue.NOT_AVAILABLE : e.baseline());
            row.add(e.target());
            rows.add(row);
        }
        List<ReportSection> sections = new ArrayList<>();
        int n = 0;
        for (Map.Entry<AppendixSection, List<List<Object>>> s : bySection.entrySet()) {
            String number = n < ROMAN.length ? ROMAN[n] : String.valueOf(n + 1);
            n++;
            sections.add(new ReportSection(number + ". " + s.getKey().titleVi(), number + ". " + s.getKey().titleEn(),
                    s.getValue()));
        }
        return new Report(
                "Phụ lục: Biểu mức giao chỉ tiêu " + lowerFirst(nameVi) + " năm " + year,
                "Appendix: targets for " + lowerFirst(nameEn) + ", " + year,
                columns, sections, null,
                List.of());
    }

    /** {@code s} with its first letter in lower case ("Tỷ lệ …" → "tỷ lệ …"), for a name inside a sentence. */
    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
