package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One number style in every output (issue 15 item 3): a percentage column's header says "(%)" and
 * its cells are bare numbers, in tables, Markdown, HTML, CSV and .xlsx, Vietnamese and English; no
 * cell anywhere is a number with "%" (a count never is); periods read as people write them in
 * tables and titles ("Quý I/2018", "Q1 2018") while JSON and CSV keep the code; booleans read as
 * words (Đạt / Không đạt for a target met, Có / Không otherwise), JSON keeps true / false.
 */
class NumberStyleTest {

    private static final Path SAMPLES = Path.of("src/main/resources/samples");
    /** A number followed by "%": the style this test forbids in cells. */
    private static final Pattern PERCENT_NUMBER = Pattern.compile("^-?[0-9][0-9.,]*\\s?%$");

    @TempDir
    Path dir;

    @TempDir
    static Path shared;

    /** The long results form of the June 2022 dossiers, every indicator: what several indicators side by side read. */
    private static String results2022;

    @BeforeAll
    static void longForm() {
        Path out = shared.resolve("results-2022-06.csv");
        CliRun run = CliRun.of("indicators", "--units", s("units-daklak-2022.csv"), "--procedures", s("procedures-daklak.csv"),
                "--dossiers", s("dossiers-daklak-2022-06.csv"), "--period", "2022-06", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        results2022 = out.toString();
    }

    private static String s(String name) {
        return SAMPLES.resolve(name).toString();
    }

    /** Commands whose reports hold percentages, counts and decimals side by side. */
    private static Map<String, String[]> commands() {
        Map<String, String[]> runs = new LinkedHashMap<>();
        String units18 = s("units-daklak-2018.csv");
        String units22 = s("units-daklak-2022.csv");
        runs.put("score", new String[] {"score", "--units", units18, "--targets", s("targets-2018-Q1.csv"), "--results",
                s("results-2018-Q1.csv"), "--commend", "met,top=5", "--criticise", "na|below=70"});
        runs.put("score long", new String[] {"score", "--units", units22, "--procedures", s("procedures-daklak.csv"),
                "--dossiers", s("dossiers-daklak-2022-06.csv"), "--period", "2022-06", "--indicator", "ON_TIME_RATE",
                "--target", "90"});
        runs.put("score side by side", new String[] {"score", "--units", units22, "--results", results2022,
                "--period", "2022-06", "--indicator", "ON_TIME_RATE,ONLINE_RATE", "--target", "90"});
        runs.put("trend", new String[] {"trend", "--units", units18, "--results", s("results-2018-Q1.csv"),
                "--unit", "UBND huyện Krông Pắc"});
        runs.put("indicators", new String[] {"indicators", "--units", units22, "--procedures", s("procedures-daklak.csv"),
                "--dossiers", s("dossiers-daklak-2022-06.csv"), "--period", "2022-06"});
        runs.put("indicators 766", new String[] {"indicators", "--units", units22, "--procedures", s("procedures-daklak.csv"),
                "--dossiers", s("dossiers-daklak-2022-06.csv"), "--period", "2022-06", "--profile", "766-2022"});
        runs.put("allocate", new String[] {"allocate", "--units", units22, "--baseline", s("baseline-daklak-2021.csv"),
                "--policy", s("policy-daklak-2022.yaml"), "--overrides", s("overrides-daklak-2022.csv"), "--year", "2022"});
        runs.put("cascade", new String[] {"cascade", "--parent", "buon-ho", "--target", "75", "--children",
                s("children-buon-ho-2022.csv"), "--policy", s("policy-cascade-daklak-2022.yaml")});
        runs.put("import-appendix", new String[] {"import-appendix", s("appendix-daklak-2022.txt"), "--units", units22});
        return runs;
    }

    /** A table as headers and rows of cell texts. */
    private record Grid(List<String> headers, List<List<String>> rows) {
    }

    private static String[] with(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    private String out(String what, String[] args, String lang, String format) throws IOException {
        Path file = dir.resolve(what.replace(' ', '-') + "-" + lang + "." + format);
        CliRun run = CliRun.of(with(args, "--lang", lang, "--out", file.toString()));
        assertThat(run.exitCode()).as(what + " " + lang + " " + format + ": " + run.err()).isZero();
        return file.toString();
    }

    @Test
    void aPercentageColumnSaysSoInItsHeaderAndItsCellsAreBareNumbersInEveryFormatAndLanguage() throws IOException {
        int percentColumns = 0;
        for (Map.Entry<String, String[]> c : commands().entrySet()) {
            for (String lang : List.of("vi", "en")) {
                String what = c.getKey() + " --lang " + lang;
                CliRun table = CliRun.of(with(c.getValue(), "--lang", lang));
                assertThat(table.exitCode()).as(what + ": " + table.err()).isZero();
                List<Grid> grids = new ArrayList<>();
                grids.add(table(table.out()));
                grids.addAll(markdown(Files.readString(Path.of(out(c.getKey(), c.getValue(), lang, "md")))));
                grids.add(html(Files.readString(Path.of(out(c.getKey(), c.getValue(), lang, "html")))));
                grids.add(csv(Path.of(out(c.getKey(), c.getValue(), lang, "csv")), lang));
                for (Grid g : grids) {
                    assertThat(g.headers()).as(what).isNotEmpty();
                    for (List<String> row : g.rows()) {
                        for (int i = 0; i < row.size() && i < g.headers().size(); i++) {
                            String cell = row.get(i).strip();
                            assertThat(PERCENT_NUMBER.matcher(cell).matches())
                                    .as(what + ": '" + cell + "' under '" + g.headers().get(i) + "'").isFalse();
                            if (g.headers().get(i).contains("(%)")) {
                                assertThat(cell).as(what + ": under '" + g.headers().get(i) + "'").doesNotContain("%");
                            }
                        }
                    }
                    percentColumns += (int) g.headers().stream().filter(h -> h.contains("(%)")).count();
                }
                percentColumns += xlsx(Path.of(out(c.getKey(), c.getValue(), lang, "xlsx")), what);
            }
        }
        assertThat(percentColumns).as("the outputs have percentage columns to check").isGreaterThan(100);
    }

    @Test
    void theScoreboardsRatesAreBareUnderTheirHeaders() {
        CliRun vi = CliRun.of(commands().get("score"));
        CliRun en = CliRun.of(with(commands().get("score"), "--lang", "en"));
        // seed 003: Sở Nội vụ resolved 100 % on time against 95 %
        assertThat(vi.out()).contains("Đúng hạn TL (%)").contains("Chỉ tiêu giao (%)").doesNotContain("100%")
                .doesNotContain("95%");
        assertThat(en.out()).contains("On time (%)").contains("Target (%)").doesNotContain("100%");
        // Sở Tư pháp: 15 of 15 on time, 0 late; Sở Lao động, Thương binh và Xã hội: 19 of 21, 90,5 printed
        assertThat(line(vi.out(), "Sở Tư pháp")).containsPattern("\\|\\s+100 \\|\\s+100 \\|\\s+0 \\|\\s+0 \\|\\s+95 \\|");
        assertThat(line(vi.out(), "Sở Lao động")).contains(" 90,5 |").doesNotContain("%");
        assertThat(line(en.out(), "Sở Lao động")).contains(" 90.5 |").doesNotContain("%");
    }

    @Test
    void periodsReadAsPeopleWriteThemAndMachineFormatsKeepTheCode() throws IOException {
        String[] trend = commands().get("trend");
        CliRun vi = CliRun.of(trend);
        CliRun en = CliRun.of(with(trend, "--lang", "en"));
        CliRun json = CliRun.of(with(trend, "--format", "json"));
        assertThat(vi.out()).contains("Quý I/2018").doesNotContain("2018-Q1");
        assertThat(en.out()).contains("Q1 2018").doesNotContain("2018-Q1");
        assertThat(json.out()).contains("\"2018-Q1\"");
        assertThat(Files.readString(Path.of(out("trend", trend, "vi", "csv")))).contains("2018-Q1").doesNotContain("Quý");

        String[] month = commands().get("score long");
        assertThat(CliRun.of(month).out()).contains("Tháng 6/2022").doesNotContain("2022-06");
        assertThat(CliRun.of(with(month, "--lang", "en")).out()).contains("June 2022").doesNotContain("2022-06");
        assertThat(CliRun.of(commands().get("indicators")).out()).startsWith("Chỉ tiêu tính từ hồ sơ, kỳ Tháng 6/2022");
        assertThat(CliRun.of(commands().get("score")).out().lines().findFirst().orElseThrow()).endsWith(", Quý I/2018");
        String xlsxTitle = firstCell(Path.of(out("score", commands().get("score"), "en", "xlsx")));
        assertThat(xlsxTitle).endsWith(", Q1 2018");
    }

    @Test
    void booleansReadAsWordsAndJsonKeepsThem() throws IOException {
        String[] score = commands().get("score");
        assertThat(CliRun.of(score).out()).contains("| Đạt ").contains("| Không đạt ");
        assertThat(CliRun.of(with(score, "--lang", "en")).out()).contains("| Met ").contains("| Not met ")
                .doesNotContain("| yes ");
        assertThat(CliRun.of(with(score, "--format", "json")).out()).contains("\"met\" : true").contains("\"met\" : false");

        // indicators --profile: a criterion's "assumed" reads Có / Không in the Vietnamese xlsx, Yes / No in the
        // English one, true / false in the CSV (its keys and values are the plain ones chitieu writes for machines)
        String[] profile = commands().get("indicators 766");
        assertThat(column(Path.of(out("766", profile, "vi", "xlsx")), "Giả định")).containsExactly("Có", "Không");
        assertThat(column(Path.of(out("766", profile, "en", "xlsx")), "Assumed")).containsExactly("No", "Yes");
        Grid csv = csv(Path.of(out("766", profile, "vi", "csv")), "vi");
        assertThat(csv.rows().stream().map(r -> r.get(csv.headers().indexOf("assumed"))).filter(v -> !v.isEmpty())
                .distinct().sorted().toList()).containsExactly("false", "true");
    }

    /** The distinct non-empty texts of the first sheet's column headed {@code header}, sorted. */
    private static List<String> column(Path xlsx, String header) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<Row> rows = wb.getFirstSheet().read();
            for (int h = 0; h < rows.size(); h++) {
                Row r = rows.get(h);
                for (int c = 0; c < r.getCellCount(); c++) {
                    if (header.equals(r.getCellText(c))) {
                        int col = c;
                        return rows.subList(h + 1, rows.size()).stream().map(x -> col < x.getCellCount() ? x.getCellText(col) : "")
                                .filter(v -> v != null && !v.isEmpty()).distinct().sorted().toList();
                    }
                }
            }
        }
        throw new AssertionError("no column " + header + " in " + xlsx);
    }

    private static String line(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).findFirst().orElseThrow();
    }

    /** The text table: the header is the line above the first rule, rows the lines with as many cells. */
    private static Grid table(String text) {
        List<String> lines = text.lines().toList();
        int rule = 0;
        while (rule < lines.size() && !lines.get(rule).matches("-+(-\\+-+)*")) {
            rule++;
        }
        assertThat(rule).as(text).isLessThan(lines.size());
        List<String> headers = cells(lines.get(rule - 1), " | ");
        List<List<String>> rows = new ArrayList<>();
        for (String l : lines.subList(rule + 1, lines.size())) {
            List<String> cells = cells(l, " | ");
            if (cells.size() == headers.size()) {
                rows.add(cells);
            }
        }
        return new Grid(headers, rows);
    }

    private static List<String> cells(String line, String separator) {
        return java.util.Arrays.stream(line.split(Pattern.quote(separator), -1)).map(String::strip).toList();
    }

    /** Each Markdown table: a header line, its "| --- |" line, then its rows. */
    private static List<Grid> markdown(String text) {
        List<String> lines = text.lines().toList();
        List<Grid> grids = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("| ---") || lines.get(i).startsWith("| ---:")) {
                List<String> headers = mdCells(lines.get(i - 1));
                List<List<String>> rows = new ArrayList<>();
                for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("|"); j++) {
                    rows.add(mdCells(lines.get(j)));
                }
                grids.add(new Grid(headers, rows));
            }
        }
        assertThat(grids).as(text).isNotEmpty();
        return grids;
    }

    private static List<String> mdCells(String line) {
        String inner = line.substring(1, line.length() - 1);
        return java.util.Arrays.stream(inner.split("(?<!\\\\)\\|", -1)).map(String::strip).toList();
    }

    private static final Pattern TH = Pattern.compile("<th>(.*?)</th>");
    private static final Pattern TR = Pattern.compile("<tr[^>]*>(.*?)</tr>");
    private static final Pattern TD = Pattern.compile("<td[^>]*>(.*?)</td>");

    private static Grid html(String text) {
        List<String> headers = new ArrayList<>();
        Matcher th = TH.matcher(text);
        while (th.find()) {
            headers.add(th.group(1));
        }
        List<List<String>> rows = new ArrayList<>();
        Matcher tr = TR.matcher(text);
        while (tr.find()) {
            List<String> row = new ArrayList<>();
            Matcher td = TD.matcher(tr.group(1));
            while (td.find()) {
                row.add(td.group(1));
            }
            if (row.size() == headers.size()) {
                rows.add(row);
            }
        }
        return new Grid(headers, rows);
    }

    private static Grid csv(Path file, String lang) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = text.lines().findFirst().orElseThrow().contains(";") ? ';' : ',';
        List<List<String>> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator).ofCsvRecord(text)) {
            reader.forEach(r -> records.add(r.getFields()));
        }
        return new Grid(records.get(0), records.subList(1, records.size()));
    }

    /**
     * Every sheet: a text cell is never a number with "%", and a number under a "(%)" header is in
     * percent units with a format that adds no "%"; returns how many "(%)" headers it saw.
     */
    private static int xlsx(Path file, String what) throws IOException {
        int seen = 0;
        try (InputStream in = Files.newInputStream(file);
                ReadableWorkbook wb = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            for (var sheet : wb.getSheets().toList()) {
                List<Row> rows = sheet.read();
                List<String> headers = null;
                for (Row r : rows) {
                    List<Cell> cells = new ArrayList<>();
                    r.forEach(cells::add);
                    long filled = cells.stream().filter(x -> x != null && x.getRawValue() != null).count();
                    if (headers == null) {
                        if (filled > 1) {
                            headers = cells.stream().map(x -> x == null || x.getRawValue() == null ? "" : x.getRawValue())
                                    .toList();
                            seen += (int) headers.stream().filter(h -> h.contains("(%)")).count();
                        }
                        continue;
                    }
                    for (int i = 0; i < cells.size() && i < headers.size(); i++) {
                        Cell x = cells.get(i);
                        if (x == null || x.getRawValue() == null) {
                            continue;
                        }
                        String at = what + " xlsx " + sheet.getName() + " '" + headers.get(i) + "' row " + r.getRowNum();
                        assertThat(PERCENT_NUMBER.matcher(x.getRawValue().strip()).matches()).as(at).isFalse();
                        if (headers.get(i).contains("(%)")) {
                            assertThat(x.getRawValue()).as(at).doesNotContain("%");
                            if (x.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
                                assertThat(x.getDataFormatString() == null ? "" : x.getDataFormatString()).as(at)
                                        .doesNotContain("%");
                            }
                        }
                    }
                }
            }
        }
        return seen;
    }

    private static String firstCell(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            return wb.getFirstSheet().read().get(0).getCellText(0);
        }
    }
}
