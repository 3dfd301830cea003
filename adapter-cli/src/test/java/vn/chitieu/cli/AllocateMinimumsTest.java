package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code allocate --minimums}: Buôn Hồ (Đắk Lắk) drafts its wards' and communes' 2022 digitization
 * targets against the 876/QĐ-BNV minima (15 % for communes and wards, seed 001). The units and
 * their 2021 rates come from the sample children file of thị xã Buôn Hồ.
 */
class AllocateMinimumsTest {

    static final Path SAMPLES = Path.of("src/main/resources/samples");
    static final Path CHILDREN = SAMPLES.resolve("children-buon-ho-2022.csv");
    static final Path MINIMUMS = SAMPLES.resolve("minimums-876-bnv.csv");

    @TempDir
    Path dir;

    Path units;
    Path baseline;

    /** units: Buôn Hồ as the issuer and its 12 children; baseline: their sample 2021 rates, as digitization rates. */
    @BeforeEach
    void buonHo() throws IOException {
        List<String> unitLines = new ArrayList<>(List.of("code,name,kind,parent", "buon-ho,UBND thị xã Buôn Hồ,DISTRICT,"));
        List<String> baselineLines = new ArrayList<>(List.of("unit;indicator;period;rate"));
        for (String line : Files.readAllLines(CHILDREN, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("unit,")) {
                continue;
            }
            String[] cells = line.split(",", 4);
            unitLines.add(cells[0] + "," + cells[1] + "," + cells[2] + ",buon-ho");
            String rest = cells[3].substring(cells[3].indexOf(',') + 1);
            String rate = rest.startsWith("\"") ? rest.substring(1, rest.indexOf('"', 1)) : rest.substring(0, rest.indexOf(','));
            baselineLines.add(cells[0] + ";DIGITIZATION_RATE;2021;" + rate);
        }
        units = Files.write(dir.resolve("units-buon-ho.csv"), unitLines, StandardCharsets.UTF_8);
        baseline = Files.write(dir.resolve("baseline-digitization-2021.csv"), baselineLines, StandardCharsets.UTF_8);
    }

    private Path policy(String floors) throws IOException {
        return Files.writeString(dir.resolve("policy.yaml"), "indicator: DIGITIZATION_RATE\ngrowth: 1\nrounding: CEIL\n"
                + "granularity: 1\ncap: 99\nfloors: " + floors + "\nnoBaseline: FLOOR\n", StandardCharsets.UTF_8);
    }

    private CliRun allocate(Path policy, String... more) {
        List<String> args = new ArrayList<>(List.of("allocate", "--units", units.toString(), "--baseline",
                baseline.toString(), "--policy", policy.toString(), "--year", "2022"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static JsonNode row(CliRun run, String unit) throws IOException {
        for (JsonNode r : new ObjectMapper().readTree(run.out()).get("rows")) {
            if (r.get("unit").asText().equals(unit)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + unit + " in " + run.out());
    }

    @Test
    void aCommuneOverrideOf10AgainstThe15Of876IsRefusedWithExit1NamingUnitTargetMinimumAndSource() throws IOException {
        Path overrides = Files.writeString(dir.resolve("overrides.csv"),
                "unit,target,reason\nXã Cư Bao,10,xã khó khăn về hạ tầng\nxa-ea-drong,12,xã vùng sâu\nphuong-an-lac,70,phường trọng điểm\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("targets.csv");

        CliRun refused = allocate(policy("{WARD: 10, COMMUNE: 5}"), "--overrides", overrides.toString(), "--minimums",
                MINIMUMS.toString(), "--out", out.toString());

        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(1);
        assertThat(refused.err()).contains("thấp hơn mức tối thiểu theo quy định")
                // under vi (the default) the indicator by its name and the kind by its label (issue 15 item 3)
                .contains("xa-cu-bao – Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC – 2022: 10 < 15 (876/QĐ-BNV, Xã)")
                .contains("xa-ea-drong – Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC – 2022: 12 < 15 (876/QĐ-BNV, Xã)")
                .doesNotContain("phuong-an-lac").doesNotContain("at vn.");
        CliRun english = allocate(policy("{WARD: 10, COMMUNE: 5}"), "--overrides", overrides.toString(), "--minimums",
                MINIMUMS.toString(), "--out", out.toString(), "--lang", "en");
        assertThat(english.exitCode()).as(english.err()).isEqualTo(1);
        assertThat(english.err()).contains("xa-cu-bao DIGITIZATION_RATE 2022: 10 < 15 (876/QĐ-BNV, COMMUNE)")
                .contains("xa-ea-drong DIGITIZATION_RATE 2022: 12 < 15 (876/QĐ-BNV, COMMUNE)");
        assertThat(out).doesNotExist();

        // without the minimums the same overrides go through: the refusal is the minimum's
        CliRun accepted = allocate(policy("{WARD: 10, COMMUNE: 5}"), "--overrides", overrides.toString(), "--format", "json");
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(row(accepted, "xa-cu-bao").get("target").decimalValue()).isEqualByComparingTo("10");
    }

    @Test
    void minimumsRaiseTheRulesFloorsAndLeaveTargetsAboveThemAlone() throws IOException {
        CliRun without = allocate(policy("{WARD: 10, COMMUNE: 5}"), "--format", "json");
        CliRun with = allocate(policy("{WARD: 10, COMMUNE: 5}"), "--minimums", MINIMUMS.toString(), "--format", "json");

        assertThat(without.exitCode()).as(without.err()).isZero();
        assertThat(with.exitCode()).as(with.err()).isZero();
        // rule: max(floor, ceil(2021 rate + 1)); Cư Bao 8,15 % → 10, Ea Drông 6,90 % → 8, Bình Thuận 12,60 % → 14
        assertThat(row(without, "xa-cu-bao").get("ruleTarget").decimalValue()).isEqualByComparingTo("10");
        assertThat(row(with, "xa-cu-bao").get("ruleTarget").decimalValue()).isEqualByComparingTo("15");
        assertThat(row(without, "xa-ea-drong").get("target").decimalValue()).isEqualByComparingTo("8");
        assertThat(row(with, "xa-ea-drong").get("target").decimalValue()).isEqualByComparingTo("15");
        assertThat(row(with, "xa-binh-thuan").get("target").decimalValue()).isEqualByComparingTo("15");
        // Ea Siên has no baseline: the policy's 5 % becomes the minimum's 15 %
        assertThat(row(without, "xa-ea-sien").get("target").decimalValue()).isEqualByComparingTo("5");
        assertThat(row(with, "xa-ea-sien").get("target").decimalValue()).isEqualByComparingTo("15");
        // above the minimum the rule is untouched: Ea Blang 15,30 % → 17, Phường An Lạc 61,35 % → 63
        assertThat(row(with, "xa-ea-blang").get("target").decimalValue()).isEqualByComparingTo("17");
        assertThat(row(with, "phuong-an-lac").get("target").decimalValue()).isEqualByComparingTo("63");
    }

    @Test
    void aKindWithNoFloorAndAUnitWithoutBaselineIsRefusedInsteadOfGetting0Percent() throws IOException {
        CliRun refused = allocate(policy("{WARD: 10}"), "--format", "json");

        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(2);
        assertThat(refused.err()).contains("floors.COMMUNE").contains("xa-ea-sien").contains("0%");
        assertThat(refused.out()).isEmpty();

        // a minimum for the kind is a floor too
        CliRun floored = allocate(policy("{WARD: 10}"), "--minimums", MINIMUMS.toString(), "--format", "json");
        assertThat(floored.exitCode()).as(floored.err()).isZero();
        assertThat(row(floored, "xa-ea-sien").get("target").decimalValue()).isEqualByComparingTo("15");
    }

    @Test
    void everyBadLineOfAMinimumsFileIsListedWithItsLineColumnAndValue() throws IOException {
        Path bad = Files.writeString(dir.resolve("minimums.csv"), String.join("\n",
                "source,indicator,kind,minimum",
                "876/QĐ-BNV,DIGITIZATION_RATE,COMMUNE,\"15,5%\"",
                "876/QĐ-BNV,DIGITISATION,COMMUNE,15",
                "876/QĐ-BNV,DIGITIZATION_RATE,VILLAGE,15",
                "876/QĐ-BNV,DIGITIZATION_RATE,WARD,150",
                ",DIGITIZATION_RATE,TOWNSHIP,15",
                "876/QĐ-BNV,DIGITIZATION_RATE,WARD,mười lăm",
                "876/QĐ-BNV,DIGITIZATION_RATE,COMMUNE,16", ""), StandardCharsets.UTF_8);

        CliRun run = allocate(policy("{WARD: 10, COMMUNE: 5}"), "--minimums", bad.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err())
                .contains("minimums.csv:3: column 'indicator', value 'DIGITISATION': unknown indicator")
                .contains("minimums.csv:4: column 'kind', value 'VILLAGE': unknown kind")
                .contains("minimums.csv:5: column 'minimum', value '150'")
                .contains("minimums.csv:6: column 'source'")
                .contains("minimums.csv:7: column 'minimum', value 'mười lăm'")
                .contains("minimums.csv:8: column 'kind', value 'COMMUNE': a second minimum of 876/QĐ-BNV")
                .doesNotContain("minimums.csv:2:");
    }
}
