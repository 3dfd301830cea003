package vn.chitieu.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.Percent;
import vn.chitieu.text.NumberReader;
import vn.chitieu.text.UnreadableNumberException;
import vn.chitieu.text.VietnameseText;

/**
 * Reads the appendix table of a decision as printed text (seeds 000 and 002): tab-separated rows,
 * the header repeated on every page, section rows ({@code <b>I. CÁC SỞ, BAN, NGÀNH</b>} or
 * {@code <b>I</b>}, {@code <b>Sở, Ban ngành</b>}), blank lines and Vietnamese numbers. The text
 * before the first header (the decision itself) and notes after the table are skipped.
 *
 * <p>Columns are found by their header: the first is the row number (STT / TT), the second the
 * unit, the last the target; "Số lượng TTHC…" is the number of procedures, "…số hóa…" the
 * digitization target and another "Tỷ lệ…" the baseline. A row or a cell that cannot be read
 * without guessing (an OCR-split number such as {@code 1006 3}, a missing column) is refused with
 * its line; every such problem is reported at once.
 */
public final class AppendixParser {

    private static final Pattern TAGS = Pattern.compile("</?[a-zA-Z][^>]*>|\\*\\*");
    private static final Pattern ROMAN = Pattern.compile("([IVX]+)\\.?(?:\\s+(.*))?");
    private static final Pattern STT = Pattern.compile("\\d+\\.?");
    private static final Pattern YEAR = Pattern.compile("nam (\\d{4})");

    private AppendixParser() {
    }

    public static ParsedAppendix parse(String file, List<String> lines) {
        Columns columns = null;
        Integer documentYear = null;
        AppendixSection section = AppendixSection.OTHER;
        List<InputProblem> problems = new ArrayList<>();
        List<AppendixEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String raw = lines.get(i);
            if (raw == null || raw.isBlank()) {
                continue;
            }
            List<String> cells = cells(raw);
            if (columns == null) {
                if (isHeader(cells)) {
                    columns = Columns.of(cells);
                } else if (documentYear == null) {
                    Matcher m = YEAR.matcher(VietnameseText.fold(raw));
                    if (m.find()) {
                        documentYear = Integer.valueOf(m.group(1));
                    }
                }
                continue;
            }
            if (isHeader(cells)) {
                continue; // the header printed again on a new page
            }
            String first = cells.isEmpty() ? "" : cells.get(0);
            boolean tabular = raw.indexOf('\t') >= 0 || raw.contains("<b>");
            if (tabular && ROMAN.matcher(first).matches()) {
                String heading = String.join(" ", cells.stream().filter(c -> !c.isEmpty()).toList());
                section = AppendixSection.fromHeading(heading);
                continue;
            }
            if (cells.size() < 2) {
                if (!first.isEmpty() && STT.matcher(first.split(" ")[0]).matches()) {
                    problems.add(InputProblem.at(file, line, null, raw.strip(),
                            "a numbered row without tab-separated columns"));
                }
                continue; // notes and other prose around the table
            }
            if (!STT.matcher(first).matches()) {
                problems.add(InputProblem.at(file, line, columns.header(0), first,
                        "neither a header, a section heading nor a numbered row"));
                continue;
            }
            AppendixEntry entry = columns.read(file, line, cells, section, problems);
            if (entry != null) {
                entries.add(entry);
            }
        }
        if (columns == null) {
            problems.add(InputProblem.ofFile(file,
                    "no appendix table found: no line starts with the header 'STT' or 'TT' followed by a tab"));
        } else if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(InputProblem.ofFile(file, "the appendix table has no rows"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Integer year = columns.targetYear != null ? columns.targetYear : documentYear;
        return new ParsedAppendix(file, year, entries);
    }

    private static List<String> cells(String raw) {
        String[] parts = raw.split("\t", -1);
        List<String> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            String c = VietnameseText.nfc(TAGS.matcher(p).replaceAll(""));
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
        return f.equals("stt") || f.equals("tt");
    }

    /** Where each column is, found from the header. */
    private static final class Columns {
        private final List<String> headers;
        private int procedures = -1;
        private int digitization = -1;
        private int baseline = -1;
        private final int target;
        private Integer targetYear;

        private Columns(List<String> headers) {
            this.headers = headers;
            this.target = headers.size() - 1;
        }

        static Columns of(List<String> headers) {
            Columns c = new Columns(headers);
            for (int i = 2; i < c.target; i++) {
                String f = " " + VietnameseText.fold(headers.get(i)) + " ";
                if (c.procedures < 0 && (f.contains(" so luong tthc") || f.contains(" so tthc "))) {
                    c.procedures = i;
                } else if (c.digitization < 0 && f.contains(" so hoa ")) {
                    c.digitization = i;
                } else if (c.baseline < 0 && f.contains(" ty le ")) {
                    c.baseline = i;
                }
            }
            Matcher m = YEAR.matcher(VietnameseText.fold(headers.get(c.target)));
            while (m.find()) {
                c.targetYear = Integer.valueOf(m.group(1));
            }
            return c;
        }

        String header(int i) {
            return switch (i) {
                case 0 -> "STT";
                case 1 -> "unit";
                default -> i == target ? "target" : i == procedures ? "procedures"
                        : i == digitization ? "digitizationTarget" : i == baseline ? "baseline" : headers.get(i);
            };
        }

        AppendixEntry read(String file, int line, List<String> cells, AppendixSection section,
                List<InputProblem> problems) {
            int before = problems.size();
            if (cells.size() < headers.size()) {
                problems.add(InputProblem.at(file, line, header(cells.size()), null, "the row has " + cells.size()
                        + " columns, the header has " + headers.size() + " (a cell missing or a tab lost?)"));
                return null;
            }
            if (cells.size() > headers.size()) {
                problems.add(InputProblem.at(file, line, null, cells.get(headers.size()), "the row has "
                        + cells.size() + " columns, the header has " + headers.size() + " (a cell split in two?)"));
                return null;
            }
            String name = cells.get(1);
            if (name.isEmpty()) {
                problems.add(InputProblem.at(file, line, "unit", null, "no unit named"));
            }
            Integer procs = null;
            if (procedures >= 0) {
                try {
                    long n = NumberReader.count(cells.get(procedures));
                    if (n > Integer.MAX_VALUE) {
                        throw new UnreadableNumberException(cells.get(procedures), "too large");
                    }
                    procs = (int) n;
                } catch (UnreadableNumberException e) {
                    problems.add(InputProblem.at(file, line, header(procedures), cells.get(procedures), e.reason()));
                }
            }
            BigDecimal digit = digitization < 0 ? null : percent(file, line, cells, digitization, problems);
            BigDecimal base = baseline < 0 ? null : percent(file, line, cells, baseline, problems);
            BigDecimal tgt = percent(file, line, cells, target, problems);
            if (tgt == null && problems.size() == before) {
                problems.add(InputProblem.at(file, line, "target", cells.get(target), "a target is required"));
            }
            if (problems.size() > before) {
                return null;
            }
            return new AppendixEntry(null, name, section, procs, digit, base, tgt, line);
        }

        private BigDecimal percent(String file, int line, List<String> cells, int i, List<InputProblem> problems) {
            try {
                BigDecimal p = NumberReader.percent(cells.get(i)).orElse(null);
                if (p != null && Percent.refusal(p).isPresent()) {
                    problems.add(InputProblem.at(file, line, header(i), cells.get(i), Percent.RANGE));
                    return null;
                }
                return p;
            } catch (UnreadableNumberException e) {
                problems.add(InputProblem.at(file, line, header(i), cells.get(i), e.reason()));
                return null;
            }
        }
    }
}
