package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.fixtures.CsvTables;

/** {@code allocate} run as a user runs it, on the Đắk Lắk 2022 files of seed 000. */
class AllocateCommandTest {

    static final Path SAMPLES = Path.of("src/main/resources/samples");
    static final Path UNITS = SAMPLES.resolve("units-daklak-2022.csv");
    static final Path BASELINE = SAMPLES.resolve("baseline-daklak-2021.csv");
    static final Path POLICY = SAMPLES.resolve("policy-daklak-2022.yaml");
    static final Path OVERRIDES = SAMPLES.resolve("overrides-daklak-2022.csv");

    @TempDir
    Path dir;

    private static CliRun allocate(String... more) {
        List<String> args = new ArrayList<>(List.of("allocate", "--units", UNITS.toString(), "--baseline", BASELINE.toString(),
                "--year", "2022"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    static Map<String, String> expectedTargets() throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        List<String> lines = CsvTables.lines("daklak-2022/expected-targets-2022.csv");
        for (String line : lines.subList(1, lines.size())) {
            String[] p = line.split(",");
            map.put(p[0], p[3].replace("%", ""));
        }
        return map;
    }

    private static JsonNode row(JsonNode rows, String unit) {
        for (JsonNode r : rows) {
            if (r.get("unit").asText().equals(unit)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + unit);
    }

    @Test
    void reproducesEveryTargetOfTheDakLak2022Decision() throws IOException {
        CliRun run = allocate("--policy", POLICY.toString(), "--overrides", OVERRIDES.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("indicator").asText()).isEqualTo("ONLINE_RATE");
        assertThat(json.get("year").asInt()).isEqualTo(2022);
        Map<String, String> expected = expectedTargets();
        JsonNode rows = json.get("rows");
        assertThat(rows).hasSize(33);
        List<String> units = new ArrayList<>();
        for (JsonNode r : rows) {
            units.add(r.get("unit").asText());
            assertThat(r.get("target").decimalValue()).as(r.get("unit").asText())
                    .isEqualByComparingTo(expected.get(r.get("unit").asText()));
        }
        assertThat(units).containsExactlyElementsOf(expected.keySet());
    }

    @Test
    void theFourOverriddenRowsShowTheRulesTargetAndSoNoiVuIsBelowItsBaseline() throws IOException {
        CliRun run = allocate("--policy", POLICY.toString(), "--overrides", OVERRIDES.toString(), "--format", "json");
        JsonNode rows = new ObjectMapper().readTree(run.out()).get("rows");

        Map<String, Integer> ruleTargets = Map.of("so-noi-vu", 94, "so-thong-tin-va-truyen-thong", 99, "so-y-te", 99,
                "buon-ma-thuot", 80);
        ruleTargets.forEach((unit, rule) -> {
            JsonNode r = row(rows, unit);
            assertThat(r.get("ruleTarget").asInt()).as(unit).isEqualTo(rule);
            assertThat(r.get("overridden").asBoolean()).as(unit).isTrue();
            assertThat(r.get("reason").asText()).as(unit).isNotBlank();
            assertThat(r.get("flags")).extracting(JsonNode::asText).as(unit).contains("OVERRIDDEN");
        });
        assertThat(row(rows, "so-noi-vu").get("flags")).extracting(JsonNode::asText).contains("BELOW_BASELINE");
        assertThat(row(rows, "so-cong-thuong").get("flags")).isEmpty();
        JsonNode ban = row(rows, "ban-quan-ly-cac-khu-cong-nghiep-tinh");
        assertThat(ban.get("baseline").isNull()).isTrue();
        assertThat(ban.get("flags")).extracting(JsonNode::asText).containsExactly("NO_DATA");
    }

    @Test
    void printsTheAppendixAsOfficialsPrintItInVietnameseAndInEnglish() {
        CliRun vi = allocate("--policy", POLICY.toString(), "--overrides", OVERRIDES.toString(), "--appendix", "--format", "md");
        assertThat(vi.exitCode()).as(vi.err()).isZero();
        assertThat(vi.out()).contains("## I. CÁC SỞ, BAN, NGÀNH", "## II. UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ",
                "| STT |", "| 99,96 |", "Không có hồ sơ phát sinh");
        assertThat(vi.out().indexOf("CÁC SỞ")).isLessThan(vi.out().indexOf("UBND CÁC HUYỆN"));

        CliRun en = allocate("--policy", POLICY.toString(), "--overrides", OVERRIDES.toString(), "--appendix", "--format", "md",
                "--lang", "en");
        assertThat(en.out()).contains("PROVINCIAL DEPARTMENTS", "| 99.96 |", "| No. |");
    }

    @Test
    void writesEveryFormatToItsFile() throws IOException {
        for (String ext : List.of("json", "csv", "md", "html", "txt", "xlsx")) {
            Path out = dir.resolve("targets." + ext);
            CliRun run = allocate("--policy", POLICY.toString(), "--overrides", OVERRIDES.toString(), "--appendix",
                    "--out", out.toString());
            assertThat(run.exitCode()).as(ext + ": " + run.err()).isZero();
            assertThat(out).isNotEmptyFile();
            if (!ext.equals("xlsx")) {
                assertThat(Files.readString(out)).as(ext).contains("Buôn Hồ");
            }
        }
    }

    @Test
    void anUnknownKeyInThePolicyExits2NamingFileLineAndKeyAndWritesNothing() throws IOException {
        Path policy = write("policy.yaml", "indicator: ONLINE_RATE\ngrowth: 1\ngrowht: 2\ncap: 99\n");
        Path out = dir.resolve("out.json");
        CliRun run = allocate("--policy", policy.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(policy + ":3").contains("growht");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFloorAboveTheCapExits2NamingItsLine() throws IOException {
        Path policy = write("policy.yaml", "growth: 1\ncap: 70\nfloors:\n  DEPARTMENT: 50\n  DISTRICT: 80\n");
        Path out = dir.resolve("out.csv");
        CliRun run = allocate("--policy", policy.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(policy + ":5").contains("floors.DISTRICT").contains("cao hơn mức tối đa");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownRoundingOrKindOrANonNumberInThePolicyExits2() throws IOException {
        CliRun rounding = allocate("--policy", write("p1.yaml", "rounding: UP\n").toString());
        assertThat(rounding.exitCode()).isEqualTo(2);
        assertThat(rounding.err()).contains("p1.yaml:1").contains("CEIL");
        CliRun kind = allocate("--policy", write("p2.yaml", "floors: {DEPARTMENT: 50, HAMLET: 10}\n").toString());
        assertThat(kind.exitCode()).isEqualTo(2);
        assertThat(kind.err()).contains("p2.yaml:1").contains("HAMLET");
        CliRun number = allocate("--policy", write("p3.yaml", "growth: 1\ncap: \"99,5%\"\n").toString());
        assertThat(number.exitCode()).isEqualTo(2);
        assertThat(number.err()).contains("p3.yaml:2").contains("cap");
    }

    @Test
    void anOverrideWithoutAReasonExits2NamingItsLineAndWritesNothing() throws IOException {
        Path overrides = write("overrides.csv", "unit,target,reason\nso-noi-vu,87,Đề xuất của đơn vị\nSở Y tế,98,\n");
        Path out = dir.resolve("out.xlsx");
        CliRun run = allocate("--policy", POLICY.toString(), "--overrides", overrides.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(overrides + ":3").contains("reason");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOverrideOfAUnitThatGetsNoTargetExits2NamingItsLine() throws IOException {
        Path overrides = write("overrides.csv", "unit,target,reason\nUBND tỉnh Đắk Lắk,90,Tự giao\n");
        CliRun run = allocate("--policy", POLICY.toString(), "--overrides", overrides.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(overrides + ":2").contains("daklak không được giao chỉ tiêu");
    }

    @Test
    void anOcrSplitNumberInTheBaselineExits2NamingLineAndColumn() throws IOException {
        Path baseline = write("baseline.csv", "unit,indicator,period,numerator,denominator\nso-y-te,ONLINE_RATE,2021,1006 3,12000\n");
        CliRun run = CliRun.of("allocate", "--units", UNITS.toString(), "--baseline", baseline.toString(), "--policy",
                POLICY.toString(), "--year", "2022");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(baseline + ":2").contains("numerator").contains("1006 3");
    }

    @Test
    void aUniformPolicyGivesEveryUnitTheSameTarget() throws IOException {
        Path policy = write("uniform.yaml", "uniform: 55\n");
        CliRun run = allocate("--policy", policy.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(run.out()).get("rows");
        assertThat(rows).hasSize(33).allSatisfy(r -> assertThat(r.get("target").asInt()).isEqualTo(55));
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }
}
