package vn.chitieu.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.report.CodeList;
import vn.chitieu.report.ColumnType;
import vn.chitieu.report.Report;
import vn.chitieu.report.ReportColumn;
import vn.chitieu.report.ReportSection;
import vn.chitieu.report.ReportValue;

/**
 * The targets read from an appendix, as reports: {@link #printed} prints them back as the seed does
 * (its columns, headers and sections as printed; in a table of units one line per unit with every
 * indicator's columns, seed 000's procedures, digitization target, baseline and online-rate target;
 * in a table of tasks one line per task, seed 001's task, lead, coordinating unit, unit of measure,
 * target and legal basis), and {@link #targets} lists one target a line in the columns of
 * {@code targets.csv} followed by the appendix's own.
 */
public final class AppendixReport {

    /** The columns of {@link #targets}: a {@code targets.csv} ({@code unit,indicator,period,target,reason}), then the context. */
    public static final List<String> TARGET_COLUMNS = List.of("unit", "indicator", "period", "target", "reason",
            "procedures", "name", "kinds", "unitOfMeasure", "leadUnit", "coordinatingUnit", "legalBasis", "baseline",
            "item");

    private AppendixReport() {
    }

    /** One target a line: the unit's code (empty for a group of kinds), its indicator, period and target, then the appendix's context. */
    public static Report targets(List<AppendixTarget> targets, String period) {
        List<ReportColumn> columns = new ArrayList<>();
        for (String key : TARGET_COLUMNS) {
            ColumnType type = switch (key) {
                case "target", "baseline" -> ColumnType.PERCENT;
                case "procedures" -> ColumnType.COUNT;
                default -> ColumnType.TEXT;
            };
            columns.add(new ReportColumn(key, key, key, type));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (AppendixTarget t : targets) {
            rows.add(java.util.Arrays.asList(t.unit(), t.indicator(), period, t.target(), null,
                    t.procedures() == null ? null : (long) t.procedures(), t.name(),
                    t.forKinds() ? CodeList.of(t.kinds(), "|") : null, t.unitOfMeasure(),
                    t.leadUnit(), t.coordinatingUnit(), t.legalBasis(), t.baseline(), t.item()));
        }
        return new Report("Chỉ tiêu đọc từ phụ lục (" + targets.size() + " chỉ tiêu)",
                "Targets read from the appendix (" + targets.size() + " targets)", columns,
                List.of(new ReportSection(null, null, rows)), null, List.of());
    }

    /** The appendix as printed: {@code columns} as the table printed them, for targets of {@code period}. */
    public static Report printed(List<AppendixColumn> columns, List<AppendixTarget> targets, String period,
            boolean ofTasks) {
        return ofTasks ? tasks(columns, targets, period) : units(columns, targets, period);
    }

    private static Report units(List<AppendixColumn> printed, List<AppendixTarget> targets, String period) {
        List<AppendixColumn> shown = printed.stream().filter(c -> switch (c.role()) {
            case NUMBER, UNIT, PROCEDURES -> true;
            case BASELINE, TARGET -> c.indicator() != null;
            default -> false;
        }).toList();
        List<ReportColumn> columns = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (AppendixColumn c : shown) {
            ReportColumn column = switch (c.role()) {
                case NUMBER -> new ReportColumn("stt", orElse(c.header(), "STT"), "No.", ColumnType.TEXT);
                case UNIT -> new ReportColumn("name", orElse(c.header(), "Cơ quan, đơn vị"), "Unit", ColumnType.TEXT);
                case PROCEDURES -> new ReportColumn("procedures", orElse(withoutParentheses(c.header()), "Số lượng TTHC"),
                        "Eligible procedures", ColumnType.COUNT);
                case BASELINE -> new ReportColumn("baseline:" + c.indicator(), nameVi(c.indicator()) + yearOf(c.header()),
                        "Baseline: " + nameEn(c.indicator()), ColumnType.PERCENT);
                default -> new ReportColumn("target:" + c.indicator(), "Mức giao chỉ tiêu " + Appendix.lowerFirst(nameVi(c.indicator()))
                        + " năm " + period, "Target " + period + ": " + nameEn(c.indicator()), ColumnType.PERCENT);
            };
            columns.add(column);
            if (!column.headerVi().equals(c.header()) && !c.header().isEmpty()) {
                notes.add("Cột «" + column.headerVi() + "», như phụ lục in: «" + c.header() + "»");
            }
        }
        Map<Integer, List<AppendixTarget>> byLine = new LinkedHashMap<>();
        for (AppendixTarget t : targets) {
            byLine.computeIfAbsent(t.line(), l -> new ArrayList<>()).add(t);
        }
        Sections sections = new Sections();
        for (List<AppendixTarget> line : byLine.values()) {
            AppendixTarget first = line.get(0);
            List<Object> row = new ArrayList<>();
            for (AppendixColumn c : shown) {
                AppendixTarget of = line.stream().filter(t -> t.indicator().equals(c.indicator())).findFirst().orElse(null);
                row.add(switch (c.role()) {
                    case NUMBER -> first.number();
                    case UNIT -> first.name();
                    case PROCEDURES -> first.procedures() == null ? null : (long) first.procedures();
                    case BASELINE -> of == null ? null : of.baseline() == null ? ReportValue.NOT_AVAILABLE : of.baseline();
                    default -> of == null ? null : of.target();
                });
            }
            sections.add(first, row);
        }
        return new Report(title(targets, byLine.size(), period, true), title(targets, byLine.size(), period, false),
                columns, sections.list(), null, notes);
    }

    private static Report tasks(List<AppendixColumn> printed, List<AppendixTarget> targets, String period) {
        List<AppendixColumn> shown = printed.stream().filter(c -> switch (c.role()) {
            case NUMBER, TASK, UNIT, LEAD, COORDINATING, UNIT_OF_MEASURE, TARGET, LEGAL_BASIS -> true;
            default -> false;
        }).toList();
        List<ReportColumn> columns = new ArrayList<>();
        for (AppendixColumn c : shown) {
            columns.add(switch (c.role()) {
                case NUMBER -> new ReportColumn("stt", orElse(c.header(), "Số TT"), "No.", ColumnType.TEXT);
                case TASK -> new ReportColumn("task", c.header(), "Task", ColumnType.TEXT);
                case UNIT -> new ReportColumn("name", c.header(), "Unit", ColumnType.TEXT);
                case LEAD -> new ReportColumn("leadUnit", c.header(), "Lead unit", ColumnType.TEXT);
                case COORDINATING -> new ReportColumn("coordinatingUnit", c.header(), "Coordinating unit", ColumnType.TEXT);
                case UNIT_OF_MEASURE -> new ReportColumn("unitOfMeasure", c.header(), "Unit of measure", ColumnType.TEXT);
                case TARGET -> new ReportColumn("target", c.header(), "Target " + period, ColumnType.DECIMAL);
                default -> new ReportColumn("legalBasis", c.header(), "Legal basis", ColumnType.TEXT);
            });
        }
        columns.add(new ReportColumn("indicator", "Mã chỉ tiêu", "Indicator", ColumnType.TEXT));
        columns.add(new ReportColumn("kinds", "Loại đơn vị được giao", "Unit kinds assigned", ColumnType.TEXT));
        Sections sections = new Sections();
        for (AppendixTarget t : targets) {
            List<Object> row = new ArrayList<>();
            for (AppendixColumn c : shown) {
                row.add(switch (c.role()) {
                    case NUMBER -> t.number();
                    case TASK -> t.task();
                    case UNIT, LEAD -> t.name();
                    case COORDINATING -> t.coordinatingUnit();
                    case UNIT_OF_MEASURE -> t.unitOfMeasure();
                    case TARGET -> t.target();
                    default -> t.legalBasis();
                });
            }
            row.add(t.indicator());
            row.add(t.forKinds() ? CodeList.of(t.kinds(), ", ") : t.unit());
            sections.add(t, row);
        }
        return new Report(title(targets, targets.size(), period, true), title(targets, targets.size(), period, false),
                columns, sections.list(), null, List.of());
    }

    /** Rows grouped under the headings they were printed under, in the order printed. */
    private static final class Sections {
        private final Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
        private final Map<String, String[]> titles = new LinkedHashMap<>();

        void add(AppendixTarget t, List<Object> row) {
            String key = Objects.toString(t.heading(), "");
            titles.computeIfAbsent(key, k -> t.heading() == null ? new String[] {null, null}
                    : new String[] {t.heading(), english(t)});
            rows.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }

        List<ReportSection> list() {
            List<ReportSection> out = new ArrayList<>();
            rows.forEach((k, r) -> out.add(new ReportSection(titles.get(k)[0], titles.get(k)[1], r)));
            return out;
        }

        private static String english(AppendixTarget t) {
            if (t.section() == AppendixSection.OTHER) {
                return t.heading();
            }
            String roman = t.item().contains(".") ? t.item().substring(0, t.item().indexOf('.')) : "";
            return (roman.isEmpty() ? "" : roman + ". ") + t.section().titleEn();
        }
    }

    private static String title(List<AppendixTarget> targets, int lines, String period, boolean vi) {
        String indicators = targets.stream().map(AppendixTarget::indicator).distinct()
                .map(c -> vi ? Appendix.lowerFirst(nameVi(c)) : nameEn(c)).collect(Collectors.joining("; "));
        return vi
                ? "Phụ lục: chỉ tiêu giao năm " + period + " (" + targets.size() + " chỉ tiêu trên " + lines + " dòng: "
                        + indicators + ")"
                : "Appendix: targets for " + period + " (" + targets.size() + " targets on " + lines + " lines: "
                        + indicators + ")";
    }

    private static String nameVi(IndicatorCode code) {
        return IndicatorCatalogue.builtIn().find(code).map(Indicator::nameVi).orElse(code.value());
    }

    private static String withoutParentheses(String s) {
        return s.replaceAll("\\s*\\([^)]*\\)", "").strip();
    }

    /** " năm 2021" when the printed header names the year, else "". */
    private static String yearOf(String header) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)năm (\\d{4})").matcher(header);
        String year = "";
        while (m.find()) {
            year = " năm " + m.group(1);
        }
        return year;
    }

    private static String nameEn(IndicatorCode code) {
        return IndicatorCatalogue.builtIn().find(code).map(Indicator::nameEn).orElse(code.value());
    }

    private static String orElse(String s, String fallback) {
        return s == null || s.isEmpty() ? fallback : s;
    }
}
