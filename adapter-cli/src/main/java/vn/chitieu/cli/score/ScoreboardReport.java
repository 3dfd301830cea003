package vn.chitieu.cli.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chitieu.cli.output.Cells;
import vn.chitieu.cli.output.Lang;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.indicator.Ratio;
import vn.chitieu.period.Period;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportChart;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.report.ReportDeferred;
import vn.chitieu.report.ReportRows;
import vn.chitieu.report.ReportSection;
import vn.chitieu.report.ReportValue;
import vn.chitieu.scoring.BoardSection;
import vn.chitieu.result.OnTimeDetail;
import vn.chitieu.scoring.PointsGroup;
import vn.chitieu.scoring.Score;
import vn.chitieu.scoring.ScoreFlag;
import vn.chitieu.scoring.ScoreWarning;
import vn.chitieu.scoring.Scoreboard;
import vn.chitieu.scoring.ScoringProfile;
import vn.chitieu.scoring.Totals;
import vn.chitieu.scoring.UnitPoints;
import vn.chitieu.unit.UnitKind;

/**
 * The scoreboard as a printable {@link Report}, like seed 003's Phụ lục 2 (received, resolved,
 * on time and late, with their rates) plus target, met, gap, dossiers still needed, rank within
 * the kind, the commend / criticise verdict, points, and flags. Rows are grouped by unit kind
 * (I. CÁC SỞ, BAN, NGÀNH; II. UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ) and ordered by rank. Results in the
 * long form get columns numerator / denominator / value instead of the on-time columns.
 */
public final class ScoreboardReport {

    private ScoreboardReport() {
    }

    /** What the report shows besides the board. */
    public record Extras(List<Score> commend, List<Score> criticise, String commendRule, String criticiseRule,
            ScoringProfile profile, List<UnitPoints> points, Function<Score, String> approval) {

        /** Without an approvals column (scored from files). */
        public Extras(List<Score> commend, List<Score> criticise, String commendRule, String criticiseRule,
                ScoringProfile profile, List<UnitPoints> points) {
            this(commend, criticise, commendRule, criticiseRule, profile, points, null);
        }
    }

    public static Report scoreboard(Scoreboard board, IndicatorCatalogue catalogue, Extras extras, Lang lang) {
        String l = lang.code();
        boolean en = lang == Lang.EN;
        // what the columns are is known before a row is scored: a board of a million rows is scored a section at a time
        List<BoardSection> boardSections = board.sections();
        boolean anyResult = boardSections.stream().anyMatch(b -> b.results() > 0);
        boolean wide = anyResult && boardSections.stream().allMatch(b -> b.detailed() == b.results());
        boolean counts = !wide && anyResult && boardSections.stream().filter(b -> b.results() > 0)
                .allMatch(b -> catalogue.find(b.indicator())
                        .map(i -> i.measure() == vn.chitieu.indicator.Measure.COUNT).orElse(false));
        boolean verdicts = extras.commend() != null || extras.criticise() != null;
        // looked up once a row: a set, not a scan of the list (quadratic over a large board)
        Set<Score> commended = extras.commend() == null ? null : new java.util.HashSet<>(extras.commend());
        Set<Score> criticised = extras.criticise() == null ? null : new java.util.HashSet<>(extras.criticise());
        boolean points = extras.profile() != null;
        List<ReportColumn> columns = new ArrayList<>();
        columns.add(new ReportColumn("no", "STT", "No.", ColumnType.COUNT));
        columns.add(new ReportColumn("name", "Tên cơ quan", "Unit", ColumnType.TEXT));
        if (wide) {
            columns.add(new ReportColumn("received", "Số lượng tiếp nhận", "Received", ColumnType.COUNT));
            columns.add(new ReportColumn("resolved", "Đã giải quyết", "Resolved", ColumnType.COUNT));
            columns.add(new ReportColumn("onTime", "Đúng hạn SL", "On time", ColumnType.COUNT));
            columns.add(new ReportColumn("value", "Đúng hạn TL (%)", "On time (%)", ColumnType.PERCENT));
            columns.add(new ReportColumn("statedOnTimeRate", "TL (%) in trong báo cáo", "Rate as printed (%)",
                    ColumnType.PERCENT));
            columns.add(new ReportColumn("late", "Trễ hạn SL", "Late", ColumnType.COUNT));
            columns.add(new ReportColumn("lateRate", "Trễ hạn TL (%)", "Late (%)", ColumnType.PERCENT));
        } else {
            columns.add(new ReportColumn("indicator", "Chỉ tiêu", "Indicator", ColumnType.TEXT));
            columns.add(new ReportColumn("period", "Kỳ", "Period", ColumnType.TEXT));
            columns.add(new ReportColumn("numerator", "Tử số", "Numerator", ColumnType.COUNT));
            columns.add(new ReportColumn("denominator", "Mẫu số", "Denominator", ColumnType.COUNT));
            columns.add(counts ? new ReportColumn("value", "Kết quả", "Value", ColumnType.COUNT)
                    : new ReportColumn("value", "Kết quả (%)", "Value (%)", ColumnType.PERCENT));
        }
        // a count indicator's value and target are counts: never printed with "%"
        columns.add(counts ? new ReportColumn("target", "Chỉ tiêu giao", "Target", ColumnType.COUNT)
                : new ReportColumn("target", "Chỉ tiêu giao (%)", "Target (%)", ColumnType.PERCENT));
        columns.add(new ReportColumn("met", "Đạt chỉ tiêu", "Met", ColumnType.MET));
        columns.add(new ReportColumn("gapPoints", "Chênh lệch (điểm %)", "Gap (points)", ColumnType.DECIMAL));
        columns.add(new ReportColumn("dossiersNeeded", "Số hồ sơ cần thêm", "Dossiers needed", ColumnType.COUNT));
        columns.add(new ReportColumn("rank", "Xếp hạng", "Rank", ColumnType.COUNT));
        if (verdicts) {
            columns.add(new ReportColumn("verdict", "Đánh giá", "Verdict", ColumnType.TEXT));
        }
        if (points) {
            columns.add(new ReportColumn("points", "Điểm", "Points", ColumnType.DECIMAL));
        }
        boolean approvals = extras.approval() != null;
        if (approvals) {
            columns.add(new ReportColumn("approved", "Đã duyệt", "Approved", ColumnType.TEXT));
        }
        columns.add(new ReportColumn("flags", "Ghi chú", "Flags", ColumnType.TEXT));

        // each board section (indicator, period) sorted by kind, rank, name when it is first read, then cut by kind
        boolean severalBoards = boardSections.size() > 1;
        List<ReportSection> sections = new ArrayList<>();
        long no = 1;
        int section = 1;
        Sorted sorted = new Sorted();
        for (BoardSection part : boardSections) {
            int from = 0;
            for (Map.Entry<UnitKind, Integer> kind : part.kinds().entrySet()) {
                int start = from;
                int size = kind.getValue();
                from += size;
                String prefix = severalBoards ? Cells.indicatorName(part.indicator(), Lang.VI) + " " + part.period().label("vi") + " — " : "";
                String prefixEn = severalBoards ? Cells.indicatorName(part.indicator(), Lang.EN) + " " + part.period().label("en") + " — " : "";
                long firstNo = no;
                no += size;
                // each row made as it is written, not held: a million rows are written one at a time
                ReportRows cells = ReportRows.of(size, columns.size(), i -> {
                    Score s = sorted.of(part)[start + i];
                    List<Object> r = new ArrayList<>(columns.size());
                    r.add(firstNo + i);
                    r.add(s.unit().name());
                    OnTimeDetail d = s.detail();
                    if (wide && d == null) {
                        r.addAll(java.util.Collections.nCopies(7, null));
                    } else if (wide) {
                        r.addAll(Arrays.asList(d.received(), d.resolved(), d.onTime(), valueOrNotAvailable(s.value()),
                                d.statedOnTimeRate(), d.late(),
                                valueOrNotAvailable(new Ratio(d.late(), d.onTime() + d.late()).percentValue().orElse(null))));
                    } else { // cell by cell, no array per group: a million rows
                        r.add(s.indicator());
                        r.add(s.period());
                        r.add(s.numerator());
                        r.add(s.denominator());
                        r.add(s.hasFlag(ScoreFlag.NO_RESULT) ? null : valueOrNotAvailable(s.value()));
                    }
                    r.add(s.target());
                    r.add(s.met());
                    r.add(s.gapPoints());
                    r.add(s.dossiersNeeded());
                    r.add(s.rank() == null ? null : (long) s.rank());
                    if (verdicts) {
                        r.add(verdict(s, commended, criticised, en));
                    }
                    if (points) {
                        r.add(extras.profile().rule(s.indicator()).map(rule -> rule.points(s.value())).orElse(null));
                    }
                    if (approvals) {
                        r.add(extras.approval().apply(s));
                    }
                    r.add(vn.chitieu.report.CodeList.of(s.flags(), ", "));
                    return r;
                });
                String roman = roman(section++);
                sections.add(new ReportSection(roman + ". " + prefix + headingVi(kind.getKey()),
                        roman + ". " + prefixEn + headingEn(kind.getKey()), cells));
            }
        }
        // the totals and the warnings are made when a format prints them: a board scored a section at a time sums
        // its rows as they are written, and CSV, which prints neither, never sums them
        List<Object> totals = ReportDeferred.of(() -> {
            List<Object> row = totalsRow(board.totals(), wide, verdicts, points, en);
            if (approvals) {
                row.add(row.size() - 1, null);
            }
            return row;
        });
        List<String> notes = ReportDeferred.of(() -> {
            List<String> all = new ArrayList<>();
            for (ScoreWarning w : board.warnings()) {
                all.add("⚠ " + w.message(l));
            }
            if (extras.commend() != null) {
                all.add((en ? "Commended (" : "Biểu dương (") + extras.commendRule() + "): " + names(extras.commend()));
            }
            if (extras.criticise() != null) {
                all.add((en ? "Criticised (" : "Phê bình (") + extras.criticiseRule() + "): " + names(extras.criticise()));
            }
            return all;
        });
        IndicatorCode indicator = boardSections.isEmpty() ? null : boardSections.get(0).indicator();
        Period period = boardSections.isEmpty() ? null : boardSections.get(0).period();
        String what = severalBoards || indicator == null ? "" : " — " + catalogue.find(indicator)
                .map(i -> i.nameVi()).orElse(indicator.value()) + ", " + period.label("vi");
        String whatEn = severalBoards || indicator == null ? "" : " — " + catalogue.find(indicator)
                .map(i -> i.nameEn()).orElse(indicator.value()) + ", " + period.label("en");
        Report report = new Report("Kết quả thực hiện so với chỉ tiêu" + what, "Results against targets" + whatEn, columns,
                sections, totals, notes);
        if (severalBoards || !anyResult) {
            return report;
        }
        List<ReportChart.Bar> bars = new ArrayList<>();
        for (Score s : sorted.of(boardSections.get(0))) {
            if (!s.hasFlag(ScoreFlag.NO_RESULT)) {
                bars.add(new ReportChart.Bar(s.unit().name(), s.value(), s.target()));
            }
        }
        return report.withChart(new ReportChart("Kết quả so với chỉ tiêu theo đơn vị" + what,
                "Actual against target per unit" + whatEn, bars));
    }

    /**
     * The rows of the board section last read, sorted by kind, rank (unranked last) and name: the
     * report's sections of one board section are read one after the other, the rows sorted once.
     */
    private static final class Sorted {
        private BoardSection part;
        private Score[] rows;

        Score[] of(BoardSection section) {
            if (section != part) {
                // sorted as an Object[], the array type every other sort of a run hands the JDK's TimSort (ArrayList.sort
                // does): with a second type (a Score[]) its compiled code was thrown away and remade at every section
                Object[] sorted = section.rows().toArray();
                Arrays.sort(sorted, (a, b) -> {
                    Score x = (Score) a;
                    Score y = (Score) b;
                    int c = x.unit().kind().compareTo(y.unit().kind());
                    if (c == 0) {
                        c = Integer.compare(x.rank() == null ? Integer.MAX_VALUE : x.rank(),
                                y.rank() == null ? Integer.MAX_VALUE : y.rank());
                    }
                    return c != 0 ? c : x.unit().name().compareTo(y.unit().name());
                });
                rows = Arrays.copyOf(sorted, sorted.length, Score[].class);
                part = section;
            }
            return rows;
        }
    }

    /** The units' points under the profile, one row per (unit, period), with a column per group. */
    public static Report points(ScoringProfile profile, List<UnitPoints> points, Lang lang) {
        List<ReportColumn> columns = new ArrayList<>();
        columns.add(new ReportColumn("no", "STT", "No.", ColumnType.COUNT));
        columns.add(new ReportColumn("name", "Tên cơ quan", "Unit", ColumnType.TEXT));
        columns.add(new ReportColumn("period", "Kỳ", "Period", ColumnType.TEXT));
        for (PointsGroup g : profile.groups()) {
            columns.add(new ReportColumn(g.code(), g.nameVi() + " (" + g.maxPoints().toPlainString() + ")",
                    g.nameEn() + " (" + g.maxPoints().toPlainString() + ")", ColumnType.DECIMAL));
        }
        columns.add(new ReportColumn("total", "Tổng điểm (" + profile.maxPoints().toPlainString() + ")",
                "Total (" + profile.maxPoints().toPlainString() + ")", ColumnType.DECIMAL));
        columns.add(new ReportColumn("band", "Xếp loại", "Band", ColumnType.TEXT));
        columns.add(new ReportColumn("notAvailable", "Số chỉ tiêu không có số liệu", "Indicators without data",
                ColumnType.COUNT));
        List<List<Object>> rows = new ArrayList<>();
        long no = 1;
        for (UnitPoints p : points.stream().sorted(Comparator.comparing(UnitPoints::total).reversed()).toList()) {
            List<Object> r = new ArrayList<>(Arrays.asList(no++, p.unit().name(), p.period()));
            profile.groups().forEach(g -> r.add(p.groupPoints().get(g.code())));
            r.add(p.total());
            r.add(p.band() == null ? null : p.band().label(lang.code()));
            r.add((long) p.notAvailable());
            rows.add(r);
        }
        String name = profile.name() == null ? "" : " — " + profile.name();
        return new Report("Điểm theo bộ tiêu chí" + name, "Points by profile" + name, columns,
                List.of(new ReportSection(null, null, rows)), null,
                List.of(lang == Lang.EN ? "points = min(1, value / fullAt) × max"
                        : "điểm = min(1, kết quả / mức đạt điểm tối đa) × điểm tối đa"));
    }

    private static List<Object> totalsRow(Totals t, boolean wide, boolean verdicts, boolean points, boolean en) {
        List<Object> r = new ArrayList<>(Arrays.asList(null, en ? "Total" : "Tổng cộng"));
        if (wide) {
            r.addAll(Arrays.asList(t.received(), t.resolved(), t.onTime(), valueOrNotAvailable(t.value()), null, t.late(),
                    t.onTime() == null ? null
                            : valueOrNotAvailable(new Ratio(t.late(), t.onTime() + t.late()).percentValue().orElse(null))));
        } else {
            r.addAll(Arrays.asList(null, null, t.numerator(), t.denominator(), t.value()));
        }
        // target, met, gap, dossiers needed, rank
        r.addAll(Arrays.asList(null, t.met() + "/" + (t.met() + t.notMet()), null, t.dossiersNeeded(), null));
        if (verdicts) {
            r.add(null);
        }
        if (points) {
            r.add(null);
        }
        r.add(null);
        return r;
    }

    private static Object valueOrNotAvailable(BigDecimal value) {
        return value == null ? ReportValue.NOT_AVAILABLE : value;
    }

    private static String verdict(Score s, Set<Score> commend, Set<Score> criticise, boolean en) {
        boolean commended = commend != null && commend.contains(s);
        boolean criticised = criticise != null && criticise.contains(s);
        String commendWord = en ? "commend" : "Biểu dương";
        String criticiseWord = en ? "criticise" : "Phê bình";
        if (commended && criticised) {
            return commendWord + " + " + criticiseWord;
        }
        return commended ? commendWord : criticised ? criticiseWord : null;
    }

    private static String names(List<Score> scores) {
        return scores.isEmpty() ? "—" : scores.stream().map(s -> s.unit().name()).distinct().collect(Collectors.joining(", "));
    }

    private static String headingVi(UnitKind kind) {
        return switch (kind) {
            case DEPARTMENT -> "CÁC SỞ, BAN, NGÀNH";
            case DISTRICT -> "UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ";
            default -> kind.labelVi().toUpperCase(java.util.Locale.ROOT);
        };
    }

    private static String headingEn(UnitKind kind) {
        return switch (kind) {
            case DEPARTMENT -> "Provincial departments";
            case DISTRICT -> "Districts, towns and cities";
            default -> kind.labelEn();
        };
    }

    private static String roman(int n) {
        String[] r = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return n < r.length ? r[n] : Integer.toString(n);
    }

    /**
     * Several scoreboards of one period side by side ({@code score --indicator A,B}): one row per
     * unit, grouped by kind, and for each indicator its value, target, met and rank within the kind.
     */
    public static Report sideBySide(List<Scoreboard> boards, List<IndicatorCode> indicators, IndicatorCatalogue catalogue,
            Lang lang) {
        String l = lang.code();
        List<ReportColumn> columns = new ArrayList<>();
        columns.add(new ReportColumn("no", "STT", "No.", ColumnType.COUNT));
        columns.add(new ReportColumn("name", "Tên cơ quan", "Unit", ColumnType.TEXT));
        Map<String, vn.chitieu.unit.Unit> units = new java.util.TreeMap<>();
        List<Map<String, Score>> byUnit = new ArrayList<>();
        Set<Period> periods = new java.util.TreeSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorCode code = indicators.get(i);
            String vi = catalogue.find(code).map(x -> x.nameVi()).orElse(code.value());
            String en = catalogue.find(code).map(x -> x.nameEn()).orElse(code.value());
            boolean count = catalogue.find(code).map(x -> x.measure() == vn.chitieu.indicator.Measure.COUNT).orElse(false);
            ColumnType type = count ? ColumnType.COUNT : ColumnType.PERCENT; // a count never under (%)
            columns.add(new ReportColumn(code.value() + ".value", vi, en, type));
            columns.add(new ReportColumn(code.value() + ".target", vi + ": chỉ tiêu", en + ": target", type));
            columns.add(new ReportColumn(code.value() + ".met", vi + ": đạt", en + ": met", ColumnType.MET));
            columns.add(new ReportColumn(code.value() + ".rank", vi + ": hạng", en + ": rank", ColumnType.COUNT));
            Map<String, Score> rows = new java.util.HashMap<>();
            for (Score s : boards.get(i).rows()) {
                rows.put(s.unit().code().value(), s);
                units.putIfAbsent(s.unit().kind().ordinal() + "|" + s.unit().name() + "|" + s.unit().code(), s.unit());
                periods.add(s.period());
            }
            byUnit.add(rows);
        }
        Map<UnitKind, List<List<Object>>> kinds = new java.util.EnumMap<>(UnitKind.class);
        long no = 1;
        for (vn.chitieu.unit.Unit u : units.values()) {
            List<Object> r = new ArrayList<>(Arrays.asList(no++, u.name()));
            for (Map<String, Score> rows : byUnit) {
                Score s = rows.get(u.code().value());
                if (s == null) {
                    r.addAll(Arrays.asList(null, null, null, null));
                } else {
                    r.addAll(Arrays.asList(s.hasFlag(ScoreFlag.NO_RESULT) ? null : valueOrNotAvailable(s.value()),
                            s.target(), s.met(), s.rank() == null ? null : (long) s.rank()));
                }
            }
            kinds.computeIfAbsent(u.kind(), k -> new ArrayList<>()).add(r);
        }
        List<ReportSection> sections = new ArrayList<>();
        int section = 1;
        for (Map.Entry<UnitKind, List<List<Object>>> e : kinds.entrySet()) {
            String roman = roman(section++);
            sections.add(new ReportSection(roman + ". " + headingVi(e.getKey()), roman + ". " + headingEn(e.getKey()),
                    e.getValue()));
        }
        List<String> notes = boards.stream().flatMap(b -> b.warnings().stream()).map(w -> "⚠ " + w.message(l))
                .distinct().toList();
        String period = periods.stream().map(p -> p.label("vi")).collect(Collectors.joining(", "));
        String periodEn = periods.stream().map(p -> p.label("en")).collect(Collectors.joining(", "));
        String namesVi = indicators.stream().map(c -> catalogue.find(c).map(x -> x.nameVi()).orElse(c.value()))
                .collect(Collectors.joining("; "));
        String namesEn = indicators.stream().map(c -> catalogue.find(c).map(x -> x.nameEn()).orElse(c.value()))
                .collect(Collectors.joining("; "));
        return new Report("Kết quả thực hiện so với chỉ tiêu — " + namesVi + ", " + period,
                "Results against targets — " + namesEn + ", " + periodEn, columns, sections, null, notes);
    }

}
