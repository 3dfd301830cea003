package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.chitieu.persistence.jdbi.TestPostgres;

/**
 * Issue 15 item 3, as a new user tries it: every command, its tables and reports, its errors and
 * its {@code --help}, run under {@code --lang vi} (the default) shows no English word and no raw
 * code (kinds, flags, statuses, indicator codes by their Vietnamese names), and under
 * {@code --lang en} no Vietnamese word of chitieu's own texts. The words looked for are the ones
 * the outputs carried before (the English reasons, picocli's usage words, the codes) and the
 * Vietnamese texts of the reports. What the user wrote (quoted values, file paths) and the names
 * from the sample files (units, documents, titles) are data, left out of the check.
 */
class LanguageEverywhereTest {

    private static final Path SAMPLES = Path.of("src/main/resources/samples");

    /** English words seen in the outputs before this issue: usage words and the reasons' words. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(?i:the|and|of|is|are|with|for|from|not|cannot|must|"
            + "unknown|missing|required|expected|invalid|error|refused|file|line|column|value|usage|options|commands|"
            + "print|show|exit|help|version|matched|ambiguous|draft|issued|target|targets|total|yes|no dossiers|"
            + "possible|solutions|did you mean|below|above|between|needs|give|nothing|written|problems)\\b");

    /** The codes that used to be printed as they are: flags, kinds, statuses, indicators. */
    private static final Pattern CODE = Pattern.compile("\\b(?:[A-Z]{2,}(?:_[A-Z0-9]+)+|MATCHED|AMBIGUOUS|UNKNOWN|"
            + "DRAFT|ISSUED|AMENDED|SUPERSEDED|WITHDRAWN|DONE|PENDING|OVERDUE|PROVINCE|DEPARTMENT|DISTRICT|WARD|"
            + "TOWNSHIP|COMMUNE|OVERRIDDEN|ISSUER|δ)\\b");

    /** chitieu's own Vietnamese words, which an English output must not carry. */
    private static final Pattern VIETNAMESE = Pattern.compile("(?:lỗi|không|Không|được|của|đơn vị|chỉ tiêu|Chỉ tiêu|"
            + "Tỷ lệ|tỷ lệ|dòng|cột|giá trị|Mức giao|Đạt|Tổng cộng|Biểu dương|Phê bình|Khớp|Mơ hồ|Dự thảo|dự thảo|"
            + "Cách dùng|Tùy chọn|Lệnh|bị từ chối|Mã đơn vị|Kết quả|Ghi chú|hồ sơ|Trạng thái|Nhiệm vụ|Quá hạn|năm)");

    /** Where a message lists the values an input may take: input syntax, not a label to translate. */
    private static final Pattern ALLOWED_VALUES = Pattern.compile(
            "(?:một trong|các chỉ tiêu:|các điều kiện:|các khóa:|lệnh con:|one of|known:|known keys:)[^\\n]*"
                    + "|\\[[^\\]\\n]*]");

    /** What a user types, echoed: options and their labels, unit codes, rules, JSON keys. */
    private static final Pattern SYNTAX = Pattern.compile("--?[A-Za-z][\\w-]*(?:=[^\\s\\]]+)?|\\b[a-z0-9]+(?:-[a-z0-9]+)+\\b"
            + "|\\([^()\\n]*[=|][^()\\n]*\\)|(?m)^\\s*[\"{}\\[\\]].*$");

    /** The exit of each error family added for issue 15 item 3: 2 bad input, 1 a rule's refusal. */
    private static final Map<String, Integer> EXITS = Map.of("bad yaml", 2, "yaml expected", 2, "below minimum", 1,
            "cap below minimum", 2, "bad dossiers", 2, "bad lineage", 2, "import locked", 1, "decision conflict", 1,
            "score huge count", 2, "score unreadable target", 2);

    @TempDir
    static Path dir;

    private static Set<String> names;
    private static String db;

    @BeforeAll
    static void data() throws IOException {
        // every Vietnamese fragment of the sample files: unit names, printed headers, titles, reasons
        names = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    for (String part : line.split("[,;\\t|\"]")) {
                        String p = part.replaceAll("<[^>]*>", "").strip();
                        if (p.length() > 3 && !p.equals(p.replaceAll("[^\\x00-\\x7F]", ""))) {
                            names.add(p);
                        }
                    }
                    String whole = line.replaceAll("<[^>]*>", "").strip();
                    if (whole.length() > 3) {
                        names.add(whole);
                    }
                }
            }
        }
        // and what this test writes itself
        names.addAll(List.of("Giao chỉ tiêu năm 2018", "giao chỉ tiêu cho các xã", "Phòng Không Có", "Sở Không Có",
                "UBND huyện Krông", "Sở Tài", "báo cáo lại", "Tỉnh A", "Huyện B", "Huyện D", "đề xuất thấp", "Giao lại"));
        TestPostgres.freshStorage();
        db = TestPostgres.database().jdbcUrl();
        // an issued decision and a draft that assigns the same target: issuing the draft is a conflict (exit 1)
        CliRun.of("import", "units", s("units-daklak-2018.csv"), "--db-url", db);
        Path forty = file("forty.csv", "unit,indicator,period,target\nso-noi-vu,ONLINE_RATE,2018,40\n");
        Path sixty = file("sixty.csv", "unit,indicator,period,target\nso-noi-vu,ONLINE_RATE,2018,60\n");
        String first = draft(db);
        CliRun.of("decision", "set-targets", first, forty.toString(), "--db-url", db);
        CliRun issued = CliRun.of("decision", "issue", first, "--number", "100/QĐ-UBND", "--date", "2018-01-10", "--db-url", db);
        assertThat(issued.exitCode()).as(issued.err()).isZero();
        conflicting = draft(db);
        CliRun set = CliRun.of("decision", "set-targets", conflicting, sixty.toString(), "--db-url", db);
        assertThat(set.exitCode()).as(set.err()).isZero();
    }

    private static String conflicting;

    private static String draft(String db) throws IOException {
        CliRun r = CliRun.of("decision", "draft", "--issuer", "daklak", "--year", "2018", "--title", "Giao lại", "--db-url",
                db, "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get("id").asText();
    }

    private static String s(String name) {
        return SAMPLES.resolve(name).toString();
    }

    private static Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The commands a new user runs: every command's table, a report format, and the errors each gives. */
    private static Map<String, String[]> runs() throws IOException {
        Map<String, String[]> runs = new LinkedHashMap<>();
        String units18 = s("units-daklak-2018.csv");
        String units22 = s("units-daklak-2022.csv");
        runs.put("resolve", new String[] {"resolve", "--units", units18, "--names", s("names-seed-003.txt")});
        runs.put("resolve unknown", new String[] {"resolve", "--units", units18, "--names",
                file("names.txt", "UBND huyện Krông\nSở Tài\nPhòng Không Có\n").toString()});
        runs.put("allocate", new String[] {"allocate", "--units", units22, "--baseline", s("baseline-daklak-2021.csv"),
                "--policy", s("policy-daklak-2022.yaml"), "--overrides", s("overrides-daklak-2022.csv"), "--year", "2022"});
        runs.put("allocate md", new String[] {"allocate", "--units", units22, "--baseline", s("baseline-daklak-2021.csv"),
                "--policy", s("policy-daklak-2022.yaml"), "--year", "2022", "--format", "md"});
        runs.put("allocate appendix", new String[] {"allocate", "--units", units22, "--baseline",
                s("baseline-daklak-2021.csv"), "--policy", s("policy-daklak-2022.yaml"), "--year", "2022", "--appendix"});
        runs.put("cascade", new String[] {"cascade", "--parent", "buon-ho", "--target", "75", "--children",
                s("children-buon-ho-2022.csv"), "--policy", s("policy-cascade-daklak-2022.yaml")});
        runs.put("cascade infeasible", new String[] {"cascade", "--parent", "buon-ho", "--target", "100", "--children",
                s("children-buon-ho-2022.csv"), "--policy", s("policy-cascade-daklak-2022.yaml"), "--format", "table"});
        runs.put("import-appendix", new String[] {"import-appendix", s("appendix-dakha-2023.txt")});
        runs.put("import-appendix daklak", new String[] {"import-appendix", s("appendix-daklak-2022.txt"), "--units", units22});
        runs.put("score", new String[] {"score", "--units", units18, "--targets", s("targets-2018-Q1.csv"), "--results",
                s("results-2018-Q1.csv"), "--declared", "received=38122,resolved=36940", "--commend", "met,top=5",
                "--criticise", "na|below=70"});
        runs.put("score huge count", new String[] {"score", "--units", units18, "--target", "95", "--results",
                file("huge.csv", "unit,indicator,period,numerator,denominator\nso-noi-vu,ONLINE_RATE,2018-Q1,3,"
                        + "100000000000000000000000\n").toString()});
        runs.put("score unreadable target", new String[] {"score", "--units", units18, "--results",
                s("results-2018-Q1.csv"), "--target", "1e-100000"});
        runs.put("score html", new String[] {"score", "--units", units18, "--results", s("results-2018-Q1.csv"),
                "--target", "95", "--format", "html"});
        runs.put("score points", new String[] {"score", "--units", units18, "--targets", s("targets-2018-Q1.csv"),
                "--results", s("results-2018-Q1.csv"), "--profile", s("profile-766.yaml"), "--view", "points"});
        runs.put("score dossiers", new String[] {"score", "--units", units22, "--procedures", s("procedures-daklak.csv"),
                "--dossiers", s("dossiers-daklak-2022-06.csv"), "--period", "2022-06", "--indicator", "ON_TIME_RATE",
                "--target", "90"});
        runs.put("indicators", new String[] {"indicators", "--units", units22, "--procedures", s("procedures-daklak.csv"),
                "--dossiers", s("dossiers-daklak-2022-06.csv"), "--period", "2022-06"});
        runs.put("indicators 766", new String[] {"indicators", "--units", units22, "--procedures", s("procedures-daklak.csv"),
                "--dossiers", s("dossiers-daklak-2022-06.csv"), "--period", "2022-06", "--profile", "766-2022"});
        runs.put("trend", new String[] {"trend", "--units", units18, "--results", s("results-2018-Q1.csv"),
                "--unit", "UBND huyện Krông Pắc"});
        runs.put("allocate lineage", new String[] {"allocate", "--units", s("units-khanhhoa-2024-2026.csv"),
                "--baseline", s("baseline-khanhhoa-2025.csv"), "--policy", s("policy-khanhhoa-2026.yaml"), "--year", "2026",
                "--as-of", "2026-01-01", "--lineage", s("lineage-khanhhoa-2025.csv")});
        runs.put("demo", new String[] {"demo"});
        // bad input and refusals, one of each kind a user meets
        runs.put("no file", new String[] {"resolve", "--units", dir.resolve("nope.csv").toString(), "--names",
                dir.resolve("nope.txt").toString()});
        runs.put("bad units", new String[] {"resolve", "--units", file("units.csv",
                "code,name,kind,parent\na,Tỉnh A,PROVINCE,\nb,Huyện B,HAMLET,a\nc,,DISTRICT,a\nd,Huyện D,DISTRICT,d\n").toString(),
                "--names", s("names-seed-003.txt")});
        runs.put("bad results", new String[] {"score", "--units", units18, "--target", "95", "--results", file("results.csv",
                "unit,indicator,period,numerator,denominator\nSở Không Có,ON_TIME_RATE,2018-Q1,1,2\n"
                        + "Sở Y tế,FOO,2018-Q1,1,2\nSở Tư pháp,ON_TIME_RATE,2018-Q9,1,x\n").toString()});
        runs.put("bad children", new String[] {"cascade", "--parent", "buon-ho", "--target", "75", "--children",
                file("children.csv", "unit,kind,weight,baseline\nx-1,WARD,-3,12\nx-2,VILLAGE,10,1006 3\n").toString(),
                "--policy", s("policy-cascade-daklak-2022.yaml")});
        runs.put("bad policy", new String[] {"allocate", "--units", units22, "--baseline", s("baseline-daklak-2021.csv"),
                "--policy", file("policy.yaml", "growht: 2\n").toString(), "--year", "2022"});
        runs.put("target above 100", new String[] {"score", "--units", units18, "--results", s("results-2018-Q1.csv"),
                "--target", "150"});
        runs.put("bad period", new String[] {"score", "--units", units18, "--results", s("results-2018-Q1.csv"),
                "--target", "95", "--period", "2018-Q5"});
        runs.put("bad rule", new String[] {"score", "--units", units18, "--results", s("results-2018-Q1.csv"),
                "--target", "95", "--commend", "foo=1"});
        runs.put("missing option", new String[] {"allocate", "--units", units22, "--baseline", s("baseline-daklak-2021.csv"),
                "--policy", s("policy-daklak-2022.yaml")});
        runs.put("unknown option", new String[] {"score", "--foo"});
        runs.put("no command", new String[] {"decision"});
        runs.put("bad appendix", new String[] {"import-appendix", file("appendix.txt", "just text\n").toString()});
        // one of each family of error found by hand before (issue 15 item 3): bad YAML, a YAML value of the wrong
        // kind, a target below a legal minimum, a cap below one, bad dossier records, a bad lineage
        runs.put("bad yaml", new String[] {"allocate", "--units", units22, "--baseline", s("baseline-daklak-2021.csv"),
                "--policy", file("broken.yaml", "growth: [1, 2\ncap: 99\n").toString(), "--year", "2022"});
        runs.put("yaml expected", new String[] {"allocate", "--units", units22, "--baseline", s("baseline-daklak-2021.csv"),
                "--policy", file("words.yaml", "indicator: ONLINE_RATE\ngrowth: abc\ncap: 99\n").toString(), "--year", "2022"});
        runs.put("below minimum", new String[] {"allocate", "--units", units22, "--baseline", s("baseline-daklak-2021.csv"),
                "--policy", s("policy-daklak-2022.yaml"), "--year", "2022", "--overrides",
                file("low.csv", "unit,target,reason\nkrong-pac,10,đề xuất thấp\n").toString(), "--minimums",
                file("min45.csv", "source,indicator,kind,minimum\n876/QĐ-BNV,ONLINE_RATE,DISTRICT,45\n").toString()});
        runs.put("cap below minimum", new String[] {"allocate", "--units", units22, "--baseline",
                s("baseline-daklak-2021.csv"), "--policy", s("policy-daklak-2022.yaml"), "--year", "2022", "--minimums",
                file("min100.csv", "source,indicator,kind,minimum\n876/QĐ-BNV,ONLINE_RATE,DISTRICT,100\n").toString()});
        String header = "MaHoSo,MaTTHC,DonViXuLy,KenhThucHien,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,TrangThaiHoSo,"
                + "DuocThanhToanTrucTuyen,LePhi,HoSoCoThanhPhanSoHoa,CoKetQuaDienTu\n";
        runs.put("bad dossiers", new String[] {"indicators", "--units", units22, "--procedures", s("procedures-daklak.csv"),
                "--dossiers", file("dossiers.csv", header
                        + "X1,1.000004.000.00.00.H12,krong-ana,7,2022-06-28 04:04:53,2022-06-01 08:00:00,2022-07-13T03:36:38,9,5,0,1,1\n"
                        + "X2,1.000004.000.00.00.H12,krong-ana,1,2022-06-02 08:00:00,2022-06-20 08:00:00,,9,0,0,1,1\n"
                        + "X3,1.000004.000.00.00.H12,krong-ana,1,2022-06-02 08:00:00,2022-06-20 08:00:00,,11,0,0,1,1\n"
                        + "X4,1.000004.000.00.00.H12,krong-ana,1,2022-06-02 08:00:00,2022-06-20 08:00:00,2022-06-01 08:00:00,10,0,0,1,1\n")
                        .toString(), "--period", "2022-06"});
        runs.put("bad lineage", new String[] {"allocate", "--units", s("units-khanhhoa-2024-2026.csv"),
                "--baseline", s("baseline-khanhhoa-2025.csv"), "--policy", s("policy-khanhhoa-2026.yaml"), "--year", "2026",
                "--as-of", "2026-01-01", "--lineage", file("lineage.csv", "from,to,share,date\n"
                        + "so-noi-vu,so-tai-chinh,0.6,2025-07-01\nso-noi-vu,khanh-hoa,0.6,2025-07-01\n"
                        + "so-tai-chinh,so-tai-chinh,,2025-07-01\nkhanh-hoa,so-noi-vu,1.5,2025-07-01\n"
                        + "so-tai-chinh,khanh-hoa,,hôm qua\n").toString()});
        runs.put("bad out", new String[] {"resolve", "--units", units18, "--names", s("names-seed-003.txt"), "--out",
                dir.resolve("names.weird").toString()});
        // stored data, through the shared embedded PostgreSQL of the tests
        runs.put("import units", new String[] {"import", "units", units18, "--db-url", db});
        runs.put("import results", new String[] {"import", "results", s("results-2018-Q1.csv"), "--period", "2018-Q1",
                "--db-url", db});
        runs.put("score stored", new String[] {"score", "--indicator", "ON_TIME_RATE", "--period", "2018-Q1", "--target",
                "95", "--db-url", db});
        runs.put("export units", new String[] {"export", "units", "--format", "table", "--db-url", db});
        runs.put("approve", new String[] {"approve", "--unit", "so-noi-vu", "--period", "2018-Q1", "--db-url", db});
        runs.put("approve again", new String[] {"approve", "--unit", "so-noi-vu", "--period", "2018-Q1", "--db-url", db});
        runs.put("import locked", new String[] {"import", "results", file("locked.csv",
                "unit,period,received,resolved,onTime,late,onTimeRate,lateRate\nSở Nội vụ,2018-Q1,149,100,90,10,90,10\n")
                .toString(), "--period", "2018-Q1", "--db-url", db});
        runs.put("reopen", new String[] {"reopen", "--unit", "so-noi-vu", "--period", "2018-Q1", "--reason", "báo cáo lại",
                "--db-url", db});
        runs.put("reopen nothing", new String[] {"reopen", "--unit", "so-noi-vu", "--period", "2018", "--reason", "x",
                "--db-url", db});
        runs.put("decision draft", new String[] {"decision", "draft", "--issuer", "daklak", "--year", "2018", "--title",
                "Giao chỉ tiêu năm 2018", "--task", "2018-06-30,DISTRICT,giao chỉ tiêu cho các xã", "--db-url", db});
        runs.put("decision list", new String[] {"decision", "list", "--year", "2018", "--db-url", db});
        runs.put("decision show", new String[] {"decision", "show", "--db-url", db, "NOPE-1"});
        runs.put("decision conflict", new String[] {"decision", "issue", conflicting, "--number", "200/QĐ-UBND", "--date",
                "2018-02-01", "--db-url", db});
        return runs;
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** Every command and subcommand's --help. */
    private static List<String[]> helps() {
        List<String[]> all = new ArrayList<>();
        collect(Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), List.of(), all);
        return all;
    }

    private static void collect(CommandLine cmd, List<String> path, List<String[]> into) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        into.add(args.toArray(String[]::new));
        cmd.getSubcommands().forEach((name, sub) -> {
            List<String> next = new ArrayList<>(path);
            next.add(name);
            collect(sub, next, into);
        });
    }

    /** An error's usage help, after the reason, is checked with the --help of its command. */
    private static String withoutUsage(String text) {
        int at = text.indexOf("Cách dùng:");
        int en = text.indexOf("Usage:");
        int cut = at >= 0 ? at : en;
        return cut >= 0 ? text.substring(0, cut) : text;
    }

    /** The output without what the user wrote: quoted values, paths, the sample files' names and texts. */
    private String withoutData(String text) {
        String t = text.replace(dir.toString(), "DIR").replace(SAMPLES.toString(), "SAMPLES").replace(db, "DB");
        for (String name : names) {
            t = t.replace(name, "");
        }
        t = t.replaceAll("<[^>\\n]*>", " "); // markup (html tables, the chart's svg) is not read; the texts inside it are
        t = t.replaceAll("'[^'\\n]*'", "''").replaceAll("«[^»\\n]*»", "«»");
        t = SYNTAX.matcher(t).replaceAll(" ");
        return ALLOWED_VALUES.matcher(t).replaceAll("");
    }

    private static List<String> found(Pattern pattern, String text) {
        List<String> hits = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 40);
            hits.add(m.group() + " ← …" + text.substring(from, Math.min(text.length(), m.end() + 40)).replace('\n', '⏎') + "…");
        }
        return hits;
    }

    @Test
    void vietnameseOutputsCarryNoEnglishWordAndNoRawCode() throws IOException {
        Map<String, List<String>> english = new LinkedHashMap<>();
        Map<String, List<String>> codes = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : runs().entrySet()) {
            CliRun r = run(e.getValue());
            boolean machineForm = e.getKey().startsWith("export");
            String out = withoutData(withoutUsage(r.out() + "\n" + r.err()));
            assertThat(r.out() + r.err()).as(e.getKey()).isNotBlank().doesNotContain("\tat ");
            if (EXITS.containsKey(e.getKey())) { // the error family is the one meant, not another
                assertThat(r.exitCode()).as(e.getKey() + ": " + r.err()).isEqualTo(EXITS.get(e.getKey()));
            }
            List<String> words = found(ENGLISH, out);
            List<String> raw = found(CODE, out);
            if (!words.isEmpty()) {
                english.put(e.getKey(), words);
            }
            if (!raw.isEmpty() && !machineForm) { // export prints the import's own form, codes included
                codes.put(e.getKey(), raw);
            }
        }
        for (String[] help : helps()) {
            CliRun r = run(help);
            assertThat(r.exitCode()).as(String.join(" ", help)).isZero();
            assertThat(r.out()).as(String.join(" ", help)).contains("Cách dùng:", "Tùy chọn:");
            // the help names the option values to type (codes, column names): only prose is checked
            List<String> words = found(Pattern.compile("\\b(?:the|and|is|with|for|Usage|Options|Commands|Print|Show)\\b"),
                    withoutData(r.out()));
            if (!words.isEmpty()) {
                english.put(String.join(" ", help), words);
            }
        }
        assertThat(english).as("English words under --lang vi").isEmpty();
        assertThat(codes).as("raw codes under --lang vi").isEmpty();
    }

    @Test
    void englishOutputsCarryNoVietnameseWordOfChitieusOwn() throws IOException {
        Map<String, List<String>> vietnamese = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : runs().entrySet()) {
            if (e.getValue()[0].equals("demo") || e.getKey().equals("import-appendix")) {
                // the demo and seed 001's appendix print the documents' own Vietnamese texts as they are (task
                // texts, legal bases): data, checked by DemoCommandTest and ImportAppendixCommandTest
                continue;
            }
            List<String> args = new ArrayList<>(List.of(e.getValue()));
            args.add("--lang");
            args.add("en");
            CliRun r = run(args.toArray(String[]::new));
            List<String> words = found(VIETNAMESE, withoutData(withoutUsage(r.out() + "\n" + r.err())));
            if (!words.isEmpty()) {
                vietnamese.put(e.getKey(), words);
            }
        }
        for (String[] help : helps()) {
            List<String> args = new ArrayList<>(List.of(help));
            args.add("--lang=en");
            CliRun r = run(args.toArray(String[]::new));
            assertThat(r.out()).as(String.join(" ", help)).contains("Usage:").doesNotContain("Cách dùng", "Tùy chọn");
        }
        assertThat(vietnamese).as("Vietnamese words under --lang en").isEmpty();
    }
}
