package vn.chitieu.cli.dossier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.chitieu.application.dossier.NationalIndexScores;
import vn.chitieu.dossier.profile.Criterion;
import vn.chitieu.dossier.profile.CriterionScore;
import vn.chitieu.dossier.profile.GroupScore;
import vn.chitieu.dossier.profile.NationalProfile;
import vn.chitieu.dossier.profile.UnitIndex;
import vn.chitieu.period.Period;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.report.ReportSection;
import vn.chitieu.unit.UnitTree;

/**
 * The reports of {@code indicators --profile ID}: a readable one (table, md, html: a section per unit,
 * its groups and criteria, points rounded half-up to 2 decimals for display) and a flat one (csv, xlsx:
 * one row per unit and criterion plus a TOTAL row per unit, exact numbers).
 */
public final class NationalIndexReport {

    private NationalIndexReport() {
    }

    public static Report readable(NationalIndexScores s, UnitTree tree, String lang) {
        boolean vi = !"en".equals(lang);
        NationalProfile p = s.profile();
        List<ReportColumn> columns = List.of(
                new ReportColumn("criterion", "Tiêu chí", "Criterion", ColumnType.TEXT),
                new ReportColumn("name", "Nội dung", "Name", ColumnType.TEXT),
                new ReportColumn("indicator", "Chỉ tiêu từ hồ sơ", "Indicator from dossiers", ColumnType.TEXT),
                new ReportColumn("numerator", "Tử số (b)", "Numerator (b)", ColumnType.COUNT),
                new ReportColumn("denominator", "Mẫu số (a)", "Denominator (a)", ColumnType.COUNT),
                new ReportColumn("value", "Giá trị", "Value", ColumnType.PERCENT),
                new ReportColumn("fullAt", "Đạt tối đa từ", "Full points from", ColumnType.PERCENT),
                new ReportColumn("max", "Điểm tối đa", "Maximum", ColumnType.DECIMAL),
                new ReportColumn("points", "Điểm", "Points", ColumnType.TEXT));
        List<ReportSection> sections = new ArrayList<>();
        for (UnitIndex u : s.units()) {
            String name = tree.find(u.unit()).map(x -> x.name()).orElse(u.unit().value());
            List<List<Object>> rows = new ArrayList<>();
            for (GroupScore g : u.groups()) {
                rows.add(Arrays.asList("", "▸ " + g.group().name(lang), "", null, null, null, null, g.group().maxPoints(),
                        g.points() == null ? notComputed(vi)
                                : number(g.points(), vi) + " / " + number(g.computableMax(), vi)));
                for (CriterionScore c : u.criteria()) {
                    if (c.criterion().group().equals(g.group().code())) {
                        rows.add(row(c, vi, lang));
                    }
                }
            }
            sections.add(new ReportSection(u.unit().value() + " " + name + ": " + total(u, true),
                    u.unit().value() + " " + name + ": " + total(u, false), rows));
        }
        List<String> notes = new ArrayList<>();
        if (vi) {
            notes.add("Điểm = min(1, giá trị / mức đạt tối đa) × điểm tối đa, tính chính xác (34 chữ số), hiển thị làm tròn 2 chữ số thập phân (half-up).");
            notes.add("Chưa tính: dữ liệu hồ sơ không tính được tiêu chí này (công khai, hài lòng…), không phải 0 điểm. Không có hồ sơ phát sinh: mẫu số 0. Cả hai không tính vào điểm tính được.");
            notes.add("Tổng = tổng điểm các tiêu chí đã tính, trên số điểm tính được của đơn vị (tối đa " + number(p.computableMax(), true)
                    + " của " + number(p.maxPoints(), true) + " điểm). Xếp loại theo tỷ lệ điểm trên phần tính được (quy về 100): tạm tính, không phải xếp loại chính thức của Bộ chỉ số trên 100 điểm.");
            notes.add("(*) giả định: điểm tối đa, mức đạt tối đa hoặc cách ánh xạ chưa được nguồn xác nhận; xem ghi chú từng tiêu chí (--format json) và nguồn trong hồ sơ cấu hình " + p.id() + ".");
            notes.add("Hồ sơ: đọc " + s.computed().read() + ", tính " + s.computed().counted() + ", loại trừ " + s.computed().excluded() + " (trạng thái 1, 3, 7).");
        } else {
            notes.add("Points = min(1, value / full-point value) × maximum, exact (34 digits), shown rounded half-up to 2 decimals.");
            notes.add("Not computed: dossiers cannot compute this criterion (publicity, satisfaction…); it is not 0 points. No dossiers: the denominator is 0. Neither counts in the computable points.");
            notes.add("Total = the points of the scored criteria, over the unit's computable points (at most " + number(p.computableMax(), false)
                    + " of " + number(p.maxPoints(), false) + "). The band is that of the share of the computable points (scaled to 100): provisional, not the index's official rating over 100 points.");
            notes.add("(*) assumption: a maximum, full-point value or mapping the sources did not confirm; see each criterion's note (--format json) and the sources in profile " + p.id() + ".");
            notes.add("Dossiers: read " + s.computed().read() + ", counted " + s.computed().counted() + ", excluded " + s.computed().excluded() + " (status 1, 3, 7).");
        }
        Period period = s.computed().period();
        return new Report(p.title("vi") + ", kỳ " + period.label("vi"), p.title("en") + ", " + period.label("en"), columns,
                sections, null,
                notes);
    }

    private static List<Object> row(CriterionScore c, boolean vi, String lang) {
        Criterion k = c.criterion();
        String points = switch (c.status()) {
            case SCORED -> number(c.points(), vi);
            case NO_DOSSIERS -> vi ? "Không có hồ sơ phát sinh" : "no dossiers";
            case NOT_COMPUTED -> notComputed(vi);
        };
        return Arrays.asList(k.id() + (k.assumed() ? " (*)" : ""), k.name(lang),
                k.indicator() == null ? "" : k.indicator(), c.numerator(), c.denominator(),
                c.value(), k.fullAt(), k.maxPoints(), points);
    }

    private static String total(UnitIndex u, boolean vi) {
        if (u.points() == null) {
            return vi ? "chưa tính được điểm nào (không có hồ sơ cho tiêu chí tính được)"
                    : "no points computable (no dossiers for the computable criteria)";
        }
        String band = u.band() == null ? "" : (vi ? u.band().labelVi() : u.band().labelEn());
        return vi ? number(u.points(), true) + " / " + number(u.computableMax(), true) + " điểm tính được (trên "
                + number(u.maxPoints(), true) + "); " + number(u.share(), true) + "% phần tính được: " + band + " (tạm tính)"
                : number(u.points(), false) + " / " + number(u.computableMax(), false) + " computable points (of "
                        + number(u.maxPoints(), false) + "); " + number(u.share(), false) + "% of the computable: " + band
                        + " (provisional)";
    }

    private static String notComputed(boolean vi) {
        return vi ? "Chưa tính" : "not computed";
    }

    /** Rounded half-up to 2 decimals, trailing zeros dropped, Vietnamese decimal comma. */
    static String number(BigDecimal d, boolean vi) {
        BigDecimal r = d.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        String s = (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
        return vi ? s.replace('.', ',') : s;
    }

    /** One row per unit and criterion, then the unit's TOTAL row (max = computable maximum, value = share, band). */
    public static Report flat(NationalIndexScores s, UnitTree tree, String lang) {
        List<ReportColumn> columns = List.of(
                new ReportColumn("unit", "Mã đơn vị", "Unit", ColumnType.TEXT),
                new ReportColumn("name", "Đơn vị", "Name", ColumnType.TEXT),
                new ReportColumn("criterion", "Tiêu chí", "Criterion", ColumnType.TEXT),
                new ReportColumn("group", "Nhóm", "Group", ColumnType.TEXT),
                new ReportColumn("indicator", "Chỉ tiêu", "Indicator", ColumnType.TEXT),
                new ReportColumn("numerator", "Tử số", "Numerator", ColumnType.COUNT),
                new ReportColumn("denominator", "Mẫu số", "Denominator", ColumnType.COUNT),
                new ReportColumn("value", "Giá trị", "Value", ColumnType.PERCENT),
                new ReportColumn("fullAt", "Đạt tối đa từ", "Full points from", ColumnType.PERCENT),
                new ReportColumn("max", "Điểm tối đa", "Maximum", ColumnType.DECIMAL),
                new ReportColumn("points", "Điểm", "Points", ColumnType.DECIMAL),
                new ReportColumn("status", "Trạng thái", "Status", ColumnType.TEXT),
                new ReportColumn("assumed", "Giả định", "Assumed", ColumnType.TEXT),
                new ReportColumn("band", "Xếp loại (tạm tính)", "Band (provisional)", ColumnType.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (UnitIndex u : s.units()) {
            String name = tree.find(u.unit()).map(x -> x.name()).orElse(u.unit().value());
            for (CriterionScore c : u.criteria()) {
                Criterion k = c.criterion();
                rows.add(Arrays.asList(u.unit().value(), name, k.id(), k.group(),
                        k.indicator() == null ? null : k.indicator().value(), c.numerator(), c.denominator(), c.value(),
                        k.fullAt(), k.maxPoints(), c.points(), c.status().name(), k.assumed(), null));
            }
            rows.add(Arrays.asList(u.unit().value(), name, "TOTAL", null, null, null, null, u.share(), null,
                    u.computableMax(), u.points(), "TOTAL", null, u.band() == null ? null : u.band().label(lang)));
        }
        return Report.simple(s.profile().title("vi"), s.profile().title("en"), columns, rows);
    }
}
