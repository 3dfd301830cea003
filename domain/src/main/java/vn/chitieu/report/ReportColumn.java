package vn.chitieu.report;

import java.util.Objects;

/** A column of a report: a machine key (camelCase, as in JSON), its headers in both languages and its type. */
public record ReportColumn(String key, String headerVi, String headerEn, ColumnType type) {

    public ReportColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        headerVi = headerVi == null ? key : headerVi;
        headerEn = headerEn == null ? key : headerEn;
    }

    public String header(String lang) {
        return "en".equals(lang) ? headerEn : headerVi;
    }
}
