package vn.chitieu.report;

import java.util.List;

/**
 * A printable table, independent of its output format: a title, columns, rows grouped in
 * sections (a section with null titles is printed without a heading), an optional totals row and
 * notes, and a chart when the report has one (null: none). Adapters render it as text, CSV,
 * Markdown, HTML or .xlsx in Vietnamese or English.
 */
public record Report(
        String titleVi,
        String titleEn,
        List<ReportColumn> columns,
        List<ReportSection> sections,
        List<Object> totals,
        List<String> notes,
        ReportChart chart) {

    /** A report without a chart. */
    public Report(String titleVi, String titleEn, List<ReportColumn> columns, List<ReportSection> sections,
            List<Object> totals, List<String> notes) {
        this(titleVi, titleEn, columns, sections, totals, notes, null);
    }

    /** This report with {@code chart}. */
    public Report withChart(ReportChart chart) {
        return new Report(titleVi, titleEn, columns, sections, totals, notes, chart);
    }

    public Report {
        columns = List.copyOf(columns);
        sections = List.copyOf(sections);
        // made when first read (a scoreboard's sums): kept as they are, immutable already
        totals = totals == null || totals instanceof ReportDeferred ? totals
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(totals));
        notes = notes == null ? List.of() : notes instanceof ReportDeferred ? notes : List.copyOf(notes);
        for (ReportSection s : sections) {
            if (s.rows() instanceof ReportRows made) { // checked as each row is made, not made twice
                if (made.width() != columns.size()) {
                    throw new IllegalArgumentException("rows of " + made.width() + " values for " + columns.size() + " columns");
                }
                continue;
            }
            for (List<Object> row : s.rows()) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("a row has " + row.size() + " values for " + columns.size() + " columns");
                }
            }
        }
    }

    /** A report of one untitled section, no totals and no notes. */
    public static Report simple(String titleVi, String titleEn, List<ReportColumn> columns, List<List<Object>> rows) {
        return new Report(titleVi, titleEn, columns, List.of(new ReportSection(null, null, rows)), null, List.of());
    }

    public String title(String lang) {
        return "en".equals(lang) ? titleEn : titleVi;
    }

    public List<List<Object>> allRows() {
        return sections.stream().flatMap(s -> s.rows().stream()).toList();
    }
}
