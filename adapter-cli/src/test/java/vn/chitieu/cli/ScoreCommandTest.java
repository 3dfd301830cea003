package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.cli.demo.Samples;

/** {@code score} through the real command line, on seed 003's quarter (Phụ lục 2, Q1/2018) against 95 %. */
class ScoreCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dir;

    private Path units;
    private Path targets;
    private Path results;
    private String stdout;
    private String stderr;

    @BeforeEach
    void copySamples() throws IOException {
        units = sample("units-daklak-2018.csv");
        targets = sample("targets-2018-Q1.csv");
        results = sample("results-2018-Q1.csv");
    }

    private Path sample(String name) throws IOException {
        return Files.write(dir.resolve(name), Samples.bytes(name));
    }

    private int run(String... args) {
        CliRun run = CliRun.of(args);
        stdout = run.out();
        stderr = run.err();
        return run.exitCode();
    }

    private List<String> seedArgs(String... more) {
        List<String> args = new ArrayList<>(List.of("score", "--units", units.toString(), "--targets", targets.toString(),
                "--results", results.toString()));
        args.addAll(List.of(more));
        return args;
    }

    private JsonNode scoreJson(String... more) throws IOException {
        List<String> args = seedArgs(more);
        args.addAll(List.of("--format", "json"));
        assertThat(run(args.toArray(String[]::new))).as(stderr).isZero();
        return JSON.readTree(stdout);
    }

    private static Map<String, JsonNode> byUnit(JsonNode doc) {
        Map<String, JsonNode> rows = new TreeMap<>();
        doc.get("rows").forEach(r -> rows.put(r.get("unit").asText(), r));
        return rows;
    }

    private static List<String> unitsFlagged(JsonNode doc, String flag) {
        List<String> out = new ArrayList<>();
        doc.get("rows").forEach(r -> r.get("flags").forEach(f -> {
            if (f.asText().equals(flag)) {
                out.add(r.get("unit").asText());
            }
        }));
        return out;
    }

    private Path withResults(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aPeriodThatIsNotOneIsAUsageErrorNamingTheValue() {
        assertThat(run(seedArgs("--period", "Q1/2018").toArray(String[]::new))).isEqualTo(2);
        assertThat(stderr).contains("--period", "Q1/2018", "2018-Q1");
        assertThat(stdout).isEmpty();
    }

    @Test
    void krongPacNeeds525MoreDossiersOnTimeAndEveryRateIsExact() throws IOException {
        JsonNode doc = scoreJson();
        Map<String, JsonNode> rows = byUnit(doc);
        assertThat(rows).hasSize(31);
        JsonNode krongPac = rows.get("krong-pac");
        assertThat(krongPac.get("numerator").asLong()).isEqualTo(1061);
        assertThat(krongPac.get("denominator").asLong()).isEqualTo(1669);
        assertThat(krongPac.get("dossiersNeeded").asLong()).isEqualTo(525);
        assertThat(krongPac.get("met").asBoolean()).isFalse();
        assertThat(krongPac.get("target").decimalValue()).isEqualByComparingTo("95");
        assertThat(krongPac.get("value").decimalValue().subtract(new BigDecimal("63.571000599161174")).abs())
                .isLessThan(new BigDecimal("1e-12"));
        assertThat(rows.get("buon-don").get("value").decimalValue()).isEqualByComparingTo("95.625");
        assertThat(rows.get("so-noi-vu").get("value").decimalValue()).isEqualByComparingTo("0");
        assertThat(rows.get("so-noi-vu").get("dossiersNeeded").asLong()).isEqualTo(105);
        assertThat(rows.get("lak").get("rank").asInt()).isEqualTo(1);
        assertThat(rows.get("krong-bong").get("rank").asInt()).isEqualTo(15);
        assertThat(rows.get("krong-bong").get("gapPoints").decimalValue()).isNegative();
    }

    @Test
    void theChecksFlagSoNoiVuTheSevenCarryOversAndThePrintedRatesThatAreOff() throws IOException {
        JsonNode doc = scoreJson();
        assertThat(unitsFlagged(doc, "INCONSISTENT_COUNTS")).containsExactly("so-noi-vu");
        assertThat(unitsFlagged(doc, "CARRY_OVER")).containsExactlyInAnyOrder("so-khoa-hoc-va-cong-nghe",
                "so-thong-tin-va-truyen-thong", "so-nong-nghiep-va-phat-trien-nong-thon", "krong-bong",
                "so-cong-thuong", "krong-pac", "ea-h-leo");
        assertThat(unitsFlagged(doc, "STATED_RATE_DIFFERS")).containsExactlyInAnyOrder("buon-don", "krong-buk", "ea-kar",
                "buon-ma-thuot");
        assertThat(unitsFlagged(doc, "NO_TARGET")).isEmpty();
        assertThat(unitsFlagged(doc, "NO_DATA")).isEmpty();
    }

    @Test
    void totalsAreTheTablesSumsAndTheLettersTotalsAreWarnedAbout() throws IOException {
        JsonNode doc = scoreJson("--declared", "received=38.122", "--declared", "resolved=36940,onTime=34461");
        assertThat(doc.at("/totals/received").asLong()).isEqualTo(38_138);
        assertThat(doc.at("/totals/resolved").asLong()).isEqualTo(36_960);
        assertThat(doc.at("/totals/byKind/DEPARTMENT/rows").asInt() + doc.at("/totals/byKind/DISTRICT/rows").asInt())
                .isEqualTo(31);
        assertThat(doc.get("warnings")).hasSize(2);
        assertThat(doc.at("/warnings/0/key").asText()).isEqualTo("received");
        assertThat(doc.at("/warnings/0/declared").asLong()).isEqualTo(38_122);
        assertThat(doc.at("/warnings/0/computed").asLong()).isEqualTo(38_138);
        assertThat(doc.at("/warnings/1/key").asText()).isEqualTo("resolved");
        assertThat(doc.at("/warnings/1/difference").asLong()).isEqualTo(20);
    }

    @Test
    void theTableAsPrintedWithVietnameseHeadersAndNoPeriodColumnScoresTheSameWithPeriodGiven() throws IOException {
        StringBuilder text = new StringBuilder(
                "STT;Tên cơ quan;Số lượng tiếp nhận;Đã giải quyết;Đúng hạn SL;Đúng hạn TL (%);Trễ hạn SL;Trễ hạn TL (%)\n");
        List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).replace("\"", "").split(",(?=[^ ])");
            text.append(i).append(';').append(String.join(";", c[0], c[2], c[3], c[4], c[6], c[5], c[7])).append('\n');
        }
        results = withResults("phu-luc-2.csv", "\uFEFF" + text);
        JsonNode doc = scoreJson("--period", "2018-Q1", "--declared", "received=38122");
        assertThat(byUnit(doc)).hasSize(31);
        assertThat(doc.at("/totals/received").asLong()).isEqualTo(38_138);
        assertThat(byUnit(doc).get("krong-pac").get("dossiersNeeded").asLong()).isEqualTo(525);
        assertThat(unitsFlagged(doc, "STATED_RATE_DIFFERS")).hasSize(4);
    }

    @Test
    void theOcrSplitCountAsPrintedIsRefusedWithLineAndColumnAndNothingIsWritten() throws IOException {
        String text = Files.readString(results).replace("10225,10063,162", "10225,1006 3,162");
        results = withResults("as-printed.csv", text);
        Path out = dir.resolve("scoreboard.xlsx");
        assertThat(run(seedArgs("--out", out.toString()).toArray(String[]::new))).isEqualTo(2);
        assertThat(stderr).contains("as-printed.csv:32").contains("onTime").contains("1006 3");
        assertThat(out).doesNotExist();
    }

    @Test
    void everyBadLineOfAResultsFileIsListedAtOnceAndNothingIsWritten() throws IOException {
        String text = Files.readString(results)
                .replace("Sở Ngoại vụ,2018-Q1,15,13,13", "Sở Ngoại vụ,2018-Q1,15,-13,13")
                .replace("UBND huyện Lắk,", "UBND huyện Không Có,")
                .replace("10225,10063,162", "10225,1006 3,162");
        results = withResults("bad.csv", text);
        Path out = dir.resolve("scoreboard.csv");
        assertThat(run(seedArgs("--out", out.toString()).toArray(String[]::new))).isEqualTo(2);
        assertThat(stderr).contains("bad.csv:4").contains("không được âm")
                .contains("bad.csv:7").contains("Không Có")
                .contains("bad.csv:32").contains("1006 3")
                .contains("3 lỗi");
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownUnitsInResultsAndTargetsAreReportedTogether() throws IOException {
        results = withResults("r.csv", Files.readString(results).replace("UBND huyện Lắk,", "UBND huyện Lak Lak,"));
        targets = withResults("t.csv", Files.readString(targets).replace("krong-pac,", "krong-pak,"));
        assertThat(run(seedArgs().toArray(String[]::new))).isEqualTo(2);
        assertThat(stderr).contains("r.csv:7").contains("t.csv:25").contains("krong-pak");
    }

    @Test
    void aMissingColumnIsNamedAndNothingIsWritten() throws IOException {
        String text = Files.readString(results).replaceFirst("unit,period,received,resolved,onTime,late",
                "unit,period,received,resolved,onTime,lateness");
        results = withResults("missing.csv", text);
        Path out = dir.resolve("out.json");
        assertThat(run(seedArgs("--out", out.toString()).toArray(String[]::new))).isEqualTo(2);
        assertThat(stderr).contains("missing.csv:1").contains("late");
        assertThat(out).doesNotExist();
    }

    @Test
    void aCsvScoreboardSaysItsWarningsAndListsOnStderrItsRowsStayingPureCsv() throws IOException {
        Path out = dir.resolve("board.csv");
        assertThat(run(seedArgs("--declared", "received=38122", "--commend", "met,top=1", "--format", "csv", "--lang", "en")
                .toArray(String[]::new))).as(stderr).isZero();
        String csv = stdout;
        assertThat(stderr).contains("⚠ declared total received = 38,122 but the rows sum to 38,138", "Commended (met,top=1): ");
        assertThat(csv).doesNotContain("⚠", "Commended");
        assertThat(run(seedArgs("--declared", "received=38122", "--out", out.toString()).toArray(String[]::new))).isZero();
        assertThat(stderr).contains("⚠ văn bản nêu tổng số hồ sơ tiếp nhận = 38.122 nhưng cộng các dòng được 38.138");
        assertThat(Files.readString(out)).doesNotContain("⚠");
    }

    @Test
    void theScoreboardPrintsInEveryFormatInVietnameseAndEnglish() throws IOException {
        assertThat(run(seedArgs("--declared", "received=38122").toArray(String[]::new))).isZero();
        assertThat(stdout).contains("Tên cơ quan").contains("Số hồ sơ cần thêm").contains("38.138").contains("525")
                .contains("I. CÁC SỞ, BAN, NGÀNH").contains("Không đạt").contains("Số liệu không khớp (đúng hạn + trễ hạn ≠ đã giải quyết)")
                .contains("38.122");
        assertThat(run(seedArgs("--lang", "en", "--format", "md").toArray(String[]::new))).isZero();
        assertThat(stdout).contains("| Dossiers needed").contains("38,138").contains("Districts");
        for (String ext : List.of("csv", "html", "xlsx", "md", "json", "txt")) {
            Path out = dir.resolve("scoreboard." + ext);
            assertThat(run(seedArgs("--out", out.toString()).toArray(String[]::new))).as(stderr).isZero();
            assertThat(Files.size(out)).as(ext).isPositive();
        }
        assertThat(Files.readString(dir.resolve("scoreboard.csv"))).contains("525");
    }

    @Test
    void commendAndCriticiseFollowTheRulesGiven() throws IOException {
        JsonNode doc = scoreJson("--commend", "met,top=1", "--criticise", "notMet,bottom=1", "--criticise", "below=1");
        List<String> commended = new ArrayList<>();
        doc.get("commend").forEach(s -> commended.add(s.get("unit").asText()));
        assertThat(commended).contains("lak", "ban-dan-toc", "so-cong-thuong").doesNotContain("krong-ana");
        List<String> criticised = new ArrayList<>();
        doc.get("criticise").forEach(s -> criticised.add(s.get("unit").asText()));
        assertThat(criticised).containsExactlyInAnyOrder("so-noi-vu", "krong-bong");
        assertThat(run(seedArgs("--commend", "best=3").toArray(String[]::new))).isEqualTo(2);
        assertThat(stderr).contains("top=N");
    }

    @Test
    void theSeven66ProfileGivesPointsAndBands() throws IOException {
        Path profile = sample("profile-766.yaml");
        JsonNode doc = scoreJson("--profile", profile.toString());
        Map<String, JsonNode> points = new TreeMap<>();
        doc.get("points").forEach(p -> points.put(p.get("unit").asText(), p));
        assertThat(points.get("ban-dan-toc").at("/groups/progress").decimalValue()).isEqualByComparingTo("20");
        assertThat(points.get("so-noi-vu").at("/groups/progress").decimalValue()).isEqualByComparingTo("0");
        assertThat(points.get("krong-pac").at("/groups/progress").decimalValue()
                .subtract(new BigDecimal("12.7142001198")).abs()).isLessThan(new BigDecimal("1e-9"));
        assertThat(run(seedArgs("--profile", profile.toString(), "--view", "points", "--lang", "en").toArray(String[]::new)))
                .isZero();
        assertThat(stdout).contains("Progress (on time) (20)").contains("Total (100)").contains("Weak");
    }

    @Test
    void aProfileWithAnUnknownKeyIsRefusedWithItsLine() throws IOException {
        Path profile = Files.writeString(dir.resolve("p.yaml"), String.join("\n",
                "name: test",
                "groups:",
                "  - {code: progress, max: 20}",
                "indicators:",
                "  - {indicator: ON_TIME_RATE, group: progress, max: 20, fullAt: 100, weight: 2}",
                ""));
        assertThat(run(seedArgs("--profile", profile.toString()).toArray(String[]::new))).isEqualTo(2);
        assertThat(stderr).contains("p.yaml:5").contains("weight");
    }

    @Test
    void aBadDeclaredTotalIsAUsageError() {
        assertThat(run(seedArgs("--declared", "dossiers=5").toArray(String[]::new))).isEqualTo(2);
        assertThat(stderr).contains("received, resolved");
    }

    @Test
    void theHelpDocumentsTheRuleSyntaxAndTheVietnameseHeader() {
        assertThat(run("score", "--help")).isZero();
        assertThat(stdout).contains("--commend \"met,top=5\"").contains("na|below=50")
                .contains("Đúng hạn TL (%);Trễ hạn SL").doesNotContain("%%");
        assertThat(stderr).isEmpty();
    }

    @Test
    void theDemoScoresSeed003sQuarter() {
        assertThat(run("demo", "--lang", "en")).isZero();
        assertThat(stdout).contains("Scoring the 2018 Q1").contains("UBND huyện Krông Pắc").contains("38,138")
                .contains("declared total received = 38,122");
    }

    /** The seed table as an .xlsx sheet: Vietnamese one-row header, section rows, numbers as numbers. */
    private Path xlsxOfTheSeed(String name, String krongNangOnTime) throws IOException {
        Path file = dir.resolve(name);
        List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
        try (var os = Files.newOutputStream(file)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(os, "test", "1.0");
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Phụ lục 2");
            String[] header = {"STT", "Tên cơ quan", "Số lượng tiếp nhận", "Đã giải quyết", "Đúng hạn SL",
                "Đúng hạn TL (%)", "Trễ hạn SL", "Trễ hạn TL (%)"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            ws.value(1, 0, "I. CÁC SỞ, BAN, NGÀNH");
            int r = 2;
            for (int i = 1; i < lines.size(); i++) {
                String[] c = lines.get(i).replace("\"", "").split(",(?=[^ ])");
                ws.value(r, 0, i);
                ws.value(r, 1, c[0]);
                ws.value(r, 2, Long.parseLong(c[2]));
                ws.value(r, 3, Long.parseLong(c[3]));
                if (c[0].equals("UBND huyện Krông Năng")) {
                    ws.value(r, 4, krongNangOnTime);
                } else {
                    ws.value(r, 4, Long.parseLong(c[4]));
                }
                ws.value(r, 5, new BigDecimal(c[6]));
                ws.value(r, 6, Long.parseLong(c[5]));
                ws.value(r, 7, new BigDecimal(c[7]));
                r++;
            }
            wb.finish();
        }
        return file;
    }

    @Test
    void anXlsxSheetWithTheVietnameseHeaderScoresLikeTheCsv() throws IOException {
        results = xlsxOfTheSeed("phu-luc-2.xlsx", "10063");
        JsonNode doc = scoreJson("--period", "2018-Q1");
        assertThat(byUnit(doc)).hasSize(31);
        assertThat(doc.at("/totals/received").asLong()).isEqualTo(38_138);
        assertThat(doc.at("/totals/resolved").asLong()).isEqualTo(36_960);
        assertThat(byUnit(doc).get("krong-nang").get("numerator").asLong()).isEqualTo(10_063);
    }

    @Test
    void anXlsxCellSplitByOcrIsRefusedWithItsRow() throws IOException {
        results = xlsxOfTheSeed("phu-luc-2.xlsx", "1006 3");
        assertThat(run(seedArgs("--period", "2018-Q1").toArray(String[]::new))).isEqualTo(2);
        assertThat(stderr).contains("phu-luc-2.xlsx:33").contains("Đúng hạn SL").contains("1006 3");
    }

    @Test
    void aUniformTargetOrATargetsFileWithOnlyUnitAndTargetIsEnoughForAnOnTimeTable() throws IOException {
        targets = withResults("t.csv", "unit,target\nUBND huyện Krông Pắc,95\nSở Nội vụ,95%\n");
        JsonNode doc = scoreJson("--period", "2018-Q1");
        assertThat(byUnit(doc).get("krong-pac").get("dossiersNeeded").asLong()).isEqualTo(525);
        assertThat(unitsFlagged(doc, "NO_TARGET")).hasSize(29);

        List<String> args = new ArrayList<>(List.of("score", "--units", units.toString(), "--results", results.toString(),
                "--target", "95", "--format", "json"));
        assertThat(run(args.toArray(String[]::new))).as(stderr).isZero();
        JsonNode uniform = JSON.readTree(stdout);
        assertThat(byUnit(uniform).get("krong-pac").get("dossiersNeeded").asLong()).isEqualTo(525);
        assertThat(unitsFlagged(uniform, "NO_TARGET")).isEmpty();
    }

    private Path asPrinted(String name, boolean corrected) throws IOException {
        try (var in = getClass().getResourceAsStream("/seed003/phu-luc-2-as-printed.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return withResults(name, corrected ? text.replace("1006 3", "10063") : text);
        }
    }

    @Test
    void phuLuc2PastedAsPrintedWithItsTwoRowAndRepeatedHeadersScoresTheSame() throws IOException {
        results = asPrinted("phu-luc-2.txt", true);
        JsonNode doc = scoreJson("--period", "2018-Q1", "--declared", "received=38122,resolved=36940");
        assertThat(byUnit(doc)).hasSize(31);
        assertThat(doc.at("/totals/received").asLong()).isEqualTo(38_138);
        assertThat(doc.at("/totals/resolved").asLong()).isEqualTo(36_960);
        assertThat(doc.get("warnings")).hasSize(2);
        assertThat(byUnit(doc).get("krong-pac").get("dossiersNeeded").asLong()).isEqualTo(525);
        assertThat(unitsFlagged(doc, "INCONSISTENT_COUNTS")).containsExactly("so-noi-vu");
        assertThat(unitsFlagged(doc, "CARRY_OVER")).hasSize(7);
        assertThat(unitsFlagged(doc, "STATED_RATE_DIFFERS")).containsExactlyInAnyOrder("buon-don", "krong-buk",
                "ea-kar", "buon-ma-thuot");
    }

    @Test
    void phuLuc2AsPrintedIsRefusedForItsOcrSplitCellOnly() throws IOException {
        results = asPrinted("phu-luc-2.txt", false);
        Path out = dir.resolve("out.html");
        assertThat(run(seedArgs("--period", "2018-Q1", "--out", out.toString()).toArray(String[]::new))).isEqualTo(2);
        assertThat(stderr.strip().lines()).singleElement().asString()
                .contains("phu-luc-2.txt:36").contains("ĐÚNG HẠN").contains("1006 3");
        assertThat(out).doesNotExist();
    }
}
