package vn.chitieu.report;

import java.util.Objects;

/**
 * A column of a report: a machine key (camelCase, as in JSON), its headers in both languages and its type.
 * One number style in every output: a percentage column's header says {@code (%)} and its cells are
 * bare numbers ({@code 99,96}, never {@code 99,96%}: a CSV cell stays a number for a spreadsheet), so a
 * {@link ColumnType#PERCENT} column whose header is written for people (not its key, as the files
 * chitieu reads back have) gets {@code " (%)"} when it does not say so already.
 */
public record ReportColumn(String key, String headerVi, String headerEn, ColumnType type) {

    public ReportColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        headerVi = percent(key, headerVi == null ? key : headerVi, type);
        headerEn = percent(key, headerEn == null ? key : headerEn, type);
    }

    private static String percent(String key, String header, ColumnType type) {
        return type != ColumnType.PERCENT || header.equals(key) || header.contains("(%)") ? header : header + " (%)";
    }

    public String header(String lang) {
        return "en".equals(lang) ? headerEn : headerVi;
    }
}
