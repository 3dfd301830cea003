package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chitieu.allocation.AppendixColumn.Role;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorCatalogue;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.indicator.Percent;
import vn.chitieu.text.NumberReader;
import vn.chitieu.text.UnreadableNumberException;
import vn.chitieu.text.VietnameseText;
import vn.chitieu.unit.UnitKind;

/**
 * Reads the appendix table of a decision as printed text: tab-separated rows, the header repeated
 * on every page (a two-line header, as seed 001's "Thực hiện trong năm 2023 / Đơn vị tính, Giao chỉ
 * tiêu", is joined), section rows ({@code <b>I. CÁC SỞ, BAN, NGÀNH</b>} or {@code <b>I</b>},
 * {@code <b>Sở, Ban ngành</b>}), blank lines, HTML tags and Vietnamese numbers. The text before the
 * first header (the decision itself) and notes after the table are skipped.
 *
 * <p>Two shapes of table, told by their headers:
 * <ul>
 * <li>a table of <b>units</b> (seeds 000, 002): STT, the unit, then "Số lượng TTHC…" (procedures),
 * target columns ("Mức giao chỉ tiêu…", and the last column) and baseline columns (another
 * "Tỷ lệ…"); each target column's indicator is read from its header ({@link AppendixIndicators}),
 * so seed 000 gives two targets a line (digitization, online rate); a baseline belongs to the
 * target column right of it; "(theo Quyết định số …)" in a target header is that target's legal
 * basis;</li>
 * <li>a table of <b>tasks</b> (seed 001): Số TT, "Tên nhiệm vụ", "Đơn vị chủ trì" (the assignee: a
 * group of kinds, {@link AppendixKindGroups}, or a unit), "…phối hợp", "Đơn vị tính", "Giao chỉ
 * tiêu", "Căn cứ thực hiện"; a row's indicator is read from its task text and its section heading;
 * a line with no number and no target continues the row above it (its task and legal basis).</li>
 * </ul>
 * A row or a cell that cannot be read without guessing (an OCR-split number such as {@code 1006 3},
 * a missing column, a missing target or one outside 0–100 %, a label that names no indicator of the
 * catalogue) is refused with its line and column; every such problem is reported at once.
 */
public final class AppendixParser {

    private static final Pattern TAGS = Pattern.compile("</?[a-zA-Z][^>]*>|\\*\\*");
    private static final Pattern ROMAN = Pattern.compile("([IVX]+)\\.?(?:\\s+(.*))?");
    private static final Pattern STT = Pattern.compile("\\d+\\.?");
    private static final Pattern YEAR = Pattern.compile("nam (\\d{4})");
    private static final Pattern BASIS = Pattern.compile("\\(\\s*theo\\s+([^)]+)\\)", Pattern.CASE_INSENSITIVE);

    private AppendixParser() {
    }

    public static ParsedAppendix parse(String file, List<String> lines) {
        Columns columns = null;
        List<String> header = null;
        int headerLine = 0;
        boolean afterHeader = false;
        Integer documentYear = null;
        Heading heading = new Heading(null, AppendixSection.OTHER);
        List<InputProblem> problems = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String raw = lines.get(i);
            if (raw == null || raw.isBlank()) {
                continue;
            }
            List<String> cells = cells(raw);
            if (columns == null) {
                if (isHeader(cells)) {
                    header = cells;
                    headerLine = line;
                    columns = Columns.of(cells);
                    afterHeader = true;
                } else if (documentYear == null) {
                    Matcher m = YEAR.matcher(VietnameseText.fold(raw));
                    if (m.find()) {
                        documentYear = Integer.valueOf(m.group(1));
                    }
                }
                continue;
            }
            boolean justAfterHeader = afterHeader;
            afterHeader = false;
            if (isHeader(cells)) {
                afterHeader = true;
                continue; // the header printed again on a new page
            }
            String first = cells.isEmpty() ? "" : cells.get(0);
            if (justAfterHeader && first.isEmpty() && cells.size() > 1) {
                if (header != null && drafts.isEmpty()) {
                    columns = Columns.of(joined(header, cells)); // the header's second line
                }
                continue;
            }
            boolean tabular = raw.indexOf('\t') >= 0 || raw.contains("<b>");
            if (tabular && ROMAN.matcher(first).matches()) {
                heading = Heading.of(cells);
                continue;
            }
            if (cells.size() < 2) {
                if (!first.isEmpty() && STT.matcher(first.split(" ")[0]).matches()) {
                    problems.add(InputProblem.at(file, line, null, raw.strip(),
                            "a numbered row without tab-separated columns"));
                }
                continue; // notes and other prose around the table
            }
            if (columns.ofTasks() && first.isEmpty() && !drafts.isEmpty() && columns.continues(cells)
                    && drafts.get(drafts.size() - 1).heading == heading) {
                drafts.get(drafts.size() - 1).append(cells);
                continue;
            }
            if (!STT.matcher(first).matches() && !(columns.ofTasks() && first.isEmpty())) {
                problems.add(InputProblem.at(file, line, columns.name(0), first,
                        "neither a header, a section heading nor a numbered row"));
                continue;
            }
            if (cells.size() > columns.size()) {
                problems.add(InputProblem.at(file, line, null, cells.get(columns.size()), "the row has "
                        + cells.size() + " columns, the header has " + columns.size() + " (a cell split in two?)"));
                continue;
            }
            if (cells.size() < columns.size() && !columns.ofTasks()) {
                problems.add(InputProblem.at(file, line, columns.name(cells.size()), null, "the row has "
                        + cells.size() + " columns, the header has " + columns.size() + " (a cell missing or a tab lost?)"));
                continue;
            }
            drafts.add(new Draft(line, cells, heading));
        }
        if (columns == null) {
            problems.add(InputProblem.ofFile(file,
                    "no appendix table found: no line starts with the header 'STT', 'TT' or 'Số TT' followed by a tab"));
            throw new InvalidInputException(problems);
        }
        List<InputProblem> headerProblems = columns.problems(file, headerLine);
        List<AppendixTarget> targets = new ArrayList<>();
        for (Draft d : drafts) {
            columns.read(file, d, targets, problems);
        }
        problems.addAll(0, headerProblems);
        if (drafts.isEmpty() && problems.isEmpty()) {
            problems.add(InputProblem.ofFile(file, "the appendix table has no rows"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Integer year = columns.targetYear != null ? columns.targetYear : documentYear;
        return new ParsedAppendix(file, year, columns.columns(), targets);
    }

    private static List<String> cells(String raw) {
        String[] parts = raw.split("\t", -1);
        List<String> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            String c = VietnameseText.nfc(TAGS.matcher(p).replaceAll(" "));
            out.add(c == null ? "" : c);
        }
        int last = out.size();
        while (last > 0 && out.get(last - 1).isEmpty()) {
            last--;
        }
        return new ArrayList<>(out.subList(0, last));
    }

    private static boolean isHeader(List<String> cells) {
        if (cells.size() < 3) {
            return false;
        }
        String f = VietnameseText.fold(cells.get(0));
        return f.equals("stt") || f.equals("tt") || f.equals("so tt");
    }

    /**
     * A header printed on two lines: a cell of the second line is put under the first line's cell
     * above it, or under the last one to its left when that one spans it (an empty cell).
     */
    private static List<String> joined(List<String> first, List<String> second) {
        List<String> out = new ArrayList<>();
        String spanning = "";
        for (int j = 0; j < Math.max(first.size(), second.size()); j++) {
            String top = j < first.size() ? first.get(j) : "";
            String below = j < second.size() ? second.get(j) : "";
            if (!top.isEmpty()) {
                spanning = top;
            }
            String over = top.isEmpty() && !below.isEmpty() ? spanning : top;
            out.add(below.isEmpty() ? over : over.isEmpty() ? below : over + ": " + below);
        }
        return out;
    }

    private static String join(String a, String b) {
        if (b == null || b.isEmpty()) {
            return a;
        }
        return a == null || a.isEmpty() ? b : VietnameseText.nfc(a + " " + b);
    }

    /** A section heading as printed ("I. CÁC SỞ, BAN, NGÀNH", "I. Triển khai số hóa…") and the group of units it names. */
    private record Heading(String text, AppendixSection section) {
        static Heading of(List<String> cells) {
            List<String> parts = cells.stream().filter(c -> !c.isEmpty()).toList();
            String text = String.join(" ", parts);
            if (parts.size() > 1 && ROMAN.matcher(parts.get(0)).matches() && !parts.get(0).endsWith(".")) {
                text = parts.get(0) + ". " + String.join(" ", parts.subList(1, parts.size()));
            }
            return new Heading(text, AppendixSection.fromHeading(text));
        }
    }

    /** A row as read, before its cells are checked; a task row may continue on the lines below it. */
    private static final class Draft {
        final int line;
        final List<String> cells;
        final Heading heading;

        Draft(int line, List<String> cells, Heading heading) {
            this.line = line;
            this.cells = new ArrayList<>(cells);
            this.heading = heading;
        }

        void append(List<String> more) {
            for (int j = 1; j < more.size(); j++) {
                while (cells.size() <= j) {
                    cells.add("");
                }
                cells.set(j, join(cells.get(j), more.get(j)));
            }
        }

        String cell(int j) {
            return j >= 0 && j < cells.size() ? cells.get(j) : "";
        }
    }

    /** Where each column is, found from the header. */
    private static final class Columns {
        private final List<String> headers;
        private final List<AppendixColumn> columns = new ArrayList<>();
        private final List<Integer> unknownTargets = new ArrayList<>();
        private Integer targetYear;

        private Columns(List<String> headers) {
            this.headers = headers;
        }

        static Columns of(List<String> headers) {
            Columns c = new Columns(headers);
            List<Role> roles = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                roles.add(role(i, " " + VietnameseText.fold(headers.get(i)) + " "));
            }
            if (!roles.contains(Role.TARGET)) {
                for (int i = roles.size() - 1; i > 1; i--) {
                    if (roles.get(i) == Role.BASELINE || roles.get(i) == Role.OTHER) {
                        roles.set(i, Role.TARGET); // seed 002: the last "Tỷ lệ…" is the target
                        break;
                    }
                }
            }
            boolean tasks = roles.contains(Role.TASK) || roles.contains(Role.LEAD);
            for (int i = 0; i < headers.size(); i++) {
                IndicatorCode indicator = null;
                if (!tasks && roles.get(i) == Role.TARGET) {
                    indicator = AppendixIndicators.of(headers.get(i)).orElse(null);
                    if (indicator == null) {
                        c.unknownTargets.add(i);
                    }
                }
                c.columns.add(new AppendixColumn(roles.get(i), indicator, headers.get(i)));
            }
            for (int i = 0; i < headers.size(); i++) {
                if (roles.get(i) == Role.BASELINE && !tasks) {
                    c.columns.set(i, new AppendixColumn(Role.BASELINE, c.baselineIndicator(i), headers.get(i)));
                }
                if (roles.get(i) == Role.TARGET && c.targetYear == null) {
                    Matcher m = YEAR.matcher(VietnameseText.fold(headers.get(i)));
                    while (m.find()) {
                        c.targetYear = Integer.valueOf(m.group(1));
                    }
                }
            }
            return c;
        }

        private static Role role(int i, String f) {
            if (i == 0) {
                return Role.NUMBER;
            }
            if (i == 1) {
                return f.contains(" nhiem vu ") || f.contains(" noi dung ") || f.contains(" ten chi tieu ")
                        ? Role.TASK : Role.UNIT;
            }
            if (f.contains(" chu tri ")) {
                return Role.LEAD;
            }
            if (f.contains(" phoi hop ")) {
                return Role.COORDINATING;
            }
            if (f.contains(" don vi tinh ")) {
                return Role.UNIT_OF_MEASURE;
            }
            if (f.contains(" can cu ")) {
                return Role.LEGAL_BASIS;
            }
            if (f.startsWith(" so luong tthc ") || f.startsWith(" so luong thu tuc hanh chinh ") || f.startsWith(" so tthc ")) {
                return Role.PROCEDURES;
            }
            if (f.contains(" chi tieu ")) {
                return Role.TARGET;
            }
            if (f.contains(" ty le ")) {
                return Role.BASELINE;
            }
            return Role.OTHER;
        }

        /** The indicator of the first target column right of {@code i}, else of the last one left of it. */
        private IndicatorCode baselineIndicator(int i) {
            for (int j = i + 1; j < columns.size(); j++) {
                if (columns.get(j).role() == Role.TARGET) {
                    return columns.get(j).indicator();
                }
            }
            for (int j = i - 1; j >= 0; j--) {
                if (columns.get(j).role() == Role.TARGET) {
                    return columns.get(j).indicator();
                }
            }
            return null;
        }

        List<AppendixColumn> columns() {
            return columns;
        }

        int size() {
            return headers.size();
        }

        boolean ofTasks() {
            return columns.stream().anyMatch(c -> c.role() == Role.TASK || c.role() == Role.LEAD);
        }

        private int index(Role role) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).role() == role) {
                    return i;
                }
            }
            return -1;
        }

        /** A line of a task table that carries no number, no assignee and no target: the row above goes on. */
        boolean continues(List<String> cells) {
            for (Role r : List.of(Role.LEAD, Role.TARGET, Role.UNIT_OF_MEASURE)) {
                int i = index(r);
                if (i >= 0 && i < cells.size() && !cells.get(i).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        /** The column's name in a message: the contract's key for the columns read, else the header as printed. */
        String name(int i) {
            if (i < 0 || i >= columns.size()) {
                return null;
            }
            AppendixColumn c = columns.get(i);
            return switch (c.role()) {
                case NUMBER -> "STT";
                case UNIT -> "unit";
                case TASK -> "task";
                case LEAD -> "leadUnit";
                case COORDINATING -> "coordinatingUnit";
                case UNIT_OF_MEASURE -> "unitOfMeasure";
                case PROCEDURES -> "procedures";
                case LEGAL_BASIS -> "legalBasis";
                case BASELINE -> c.indicator() == null ? "baseline" : "baseline " + c.indicator();
                case TARGET -> c.indicator() == null ? "target" : "target " + c.indicator();
                case OTHER -> c.header();
            };
        }

        List<InputProblem> problems(String file, int line) {
            List<InputProblem> out = new ArrayList<>();
            for (int i : unknownTargets) {
                out.add(InputProblem.at(file, line, "target", headers.get(i), unknownIndicator()));
            }
            return out;
        }

        void read(String file, Draft d, List<AppendixTarget> out, List<InputProblem> problems) {
            if (ofTasks()) {
                readTask(file, d, out, problems);
            } else {
                readUnit(file, d, out, problems);
            }
        }

        private void readUnit(String file, Draft d, List<AppendixTarget> out, List<InputProblem> problems) {
            int before = problems.size();
            String name = d.cell(1);
            if (name.isEmpty()) {
                problems.add(InputProblem.at(file, d.line, "unit", null, "no unit named"));
            }
            Integer procs = null;
            int p = index(Role.PROCEDURES);
            if (p >= 0) {
                procs = count(file, d, p, problems);
            }
            List<AppendixTarget> read = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                AppendixColumn c = columns.get(i);
                if (c.role() != Role.TARGET) {
                    continue;
                }
                BigDecimal target = target(file, d, i, problems);
                BigDecimal baseline = null;
                for (int j = 0; j < columns.size(); j++) {
                    AppendixColumn b = columns.get(j);
                    if (b.role() == Role.BASELINE && b.indicator() != null && b.indicator().equals(c.indicator())) {
                        baseline = percent(file, d, j, problems);
                    }
                }
                if (target != null && c.indicator() != null && !name.isEmpty()) {
                    read.add(new AppendixTarget(c.indicator(), target, name, Set.of(), name, "%", null, null,
                            legalBasisOf(c.header()), d.heading.section(), d.heading.text(), number(d.cell(0)), null,
                            procs, baseline, d.line));
                }
            }
            if (problems.size() == before) {
                out.addAll(read);
            }
        }

        private void readTask(String file, Draft d, List<AppendixTarget> out, List<InputProblem> problems) {
            int before = problems.size();
            String task = d.cell(index(Role.TASK));
            String lead = d.cell(index(Role.LEAD));
            Optional<IndicatorCode> indicator = AppendixIndicators.ofTask(task, d.heading.text());
            if (indicator.isEmpty()) {
                String label = AppendixIndicators.firstClause(task);
                problems.add(InputProblem.at(file, d.line, "task", label == null || label.isEmpty() ? task : label,
                        unknownIndicator()));
            }
            if (lead.isEmpty()) {
                problems.add(InputProblem.at(file, d.line, name(index(Role.LEAD)), null,
                        "no assignee (Đơn vị chủ trì): a unit or a group such as 'UBND cấp xã'"));
            }
            int t = index(Role.TARGET);
            BigDecimal target = t < 0 ? null : target(file, d, t, problems);
            if (t < 0) {
                problems.add(InputProblem.at(file, d.line, "target", null, "the table has no target column (Giao chỉ tiêu)"));
            }
            if (problems.size() > before) {
                return;
            }
            Set<UnitKind> kinds = AppendixKindGroups.of(lead).orElse(Set.of());
            out.add(new AppendixTarget(indicator.orElseThrow(), target, kinds.isEmpty() ? lead : null, kinds, lead,
                    blankToNull(d.cell(index(Role.UNIT_OF_MEASURE))), lead,
                    blankToNull(d.cell(index(Role.COORDINATING))), blankToNull(d.cell(index(Role.LEGAL_BASIS))),
                    AppendixSection.OTHER, d.heading.text(), number(d.cell(0)), blankToNull(task), null, null, d.line));
        }

        private static String unknownIndicator() {
            List<String> known = IndicatorCatalogue.builtIn().all().stream()
                    .filter(i -> AppendixIndicators.recognised().contains(i.code()))
                    .map(Indicator::code).map(IndicatorCode::value).toList();
            return "names no indicator of the catalogue (the words recognised are those of " + String.join(", ", known)
                    + ")";
        }

        private static String number(String cell) {
            return cell.endsWith(".") ? cell.substring(0, cell.length() - 1) : cell;
        }

        private static String blankToNull(String s) {
            return s == null || s.isEmpty() ? null : s;
        }

        private static String legalBasisOf(String header) {
            Matcher m = BASIS.matcher(header);
            return m.find() ? VietnameseText.nfc(m.group(1)) : null;
        }

        private Integer count(String file, Draft d, int i, List<InputProblem> problems) {
            try {
                long n = NumberReader.count(d.cell(i));
                if (n > Integer.MAX_VALUE) {
                    throw new UnreadableNumberException(d.cell(i), "too large");
                }
                return (int) n;
            } catch (UnreadableNumberException e) {
                problems.add(InputProblem.at(file, d.line, name(i), d.cell(i), e.reason()));
                return null;
            }
        }

        private BigDecimal target(String file, Draft d, int i, List<InputProblem> problems) {
            int before = problems.size();
            BigDecimal t = percent(file, d, i, problems);
            if (t == null && problems.size() == before) {
                problems.add(InputProblem.at(file, d.line, name(i), d.cell(i), "a target is required"));
            }
            return t;
        }

        private BigDecimal percent(String file, Draft d, int i, List<InputProblem> problems) {
            String cell = d.cell(i);
            try {
                BigDecimal p = NumberReader.percent(cell).orElse(null);
                if (p != null && Percent.refusal(p).isPresent()) {
                    problems.add(InputProblem.at(file, d.line, name(i), cell, Percent.RANGE));
                    return null;
                }
                return p;
            } catch (UnreadableNumberException e) {
                problems.add(InputProblem.at(file, d.line, name(i), cell, e.reason()));
                return null;
            }
        }
    }
}
