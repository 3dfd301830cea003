package vn.chitieu.report;

import java.util.List;

/**
 * A group of rows under a title, like {@code I. CÁC SỞ, BAN, NGÀNH}. Each row holds one value
 * per column: String, Long/Integer, BigDecimal, or null (not available / empty). {@link ReportRows}
 * are made as they are read, for a section too large to hold.
 */
public record ReportSection(String titleVi, String titleEn, List<List<Object>> rows) {

    public ReportSection {
        // rows made as they are read (a scoreboard of a million rows) are kept as they are: immutable already
        rows = rows instanceof ReportRows ? rows
                : rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }

    public String title(String lang) {
        return "en".equals(lang) ? titleEn : titleVi;
    }
}
