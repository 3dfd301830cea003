package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rates and targets of ratio indicators are percentages, 0–100 %, in every file and option the
 * CLI reads (issue 10 #8); a baseline file without rows or of another indicator, an unknown
 * policy indicator, weights that sum to 0 and a parent given as its own child are refused.
 * Each refusal exits 2 naming file, line, column and value, and writes no output file.
 */
class RatioRangeAndConsistencyTest {

    static final Path SAMPLES = Path.of("src/main/resources/samples");
    static final Path UNITS_2018 = SAMPLES.resolve("units-daklak-2018.csv");
    static final Path RESULTS_2018 = SAMPLES.resolve("results-2018-Q1.csv");
    static final Path UNITS_2022 = SAMPLES.resolve("units-daklak-2022.csv");
    static final Path BASELINE = SAMPLES.resolve("baseline-daklak-2021.csv");
    static final Path POLICY = SAMPLES.resolve("policy-daklak-2022.yaml");
    static final Path CHILDREN = SAMPLES.resolve("children-buon-ho-2022.csv");
    static final Path CASCADE_POLICY = SAMPLES.resolve("policy-cascade-daklak-2022.yaml");
    static final String RANGE = "0–100 %";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private Path out() {
        return dir.resolve("out.json");
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        // the reasons' content, in their English form (LanguageEverywhereTest reads them in Vietnamese)
        all.addAll(List.of("--out", out().toString(), "--lang", "en"));
        return CliRun.of(all.toArray(String[]::new));
    }

    private void refused(CliRun run, String... fragments) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains(fragments).doesNotContain("Exception", "\tat ");
        assertThat(out()).doesNotExist();
    }

    @Test
    void scoreRefusesARateAbove100InTheLongForm() throws IOException {
        Path results = write("r.csv", "unit,indicator,period,rate\nso-noi-vu,ON_TIME_RATE,2018-Q1,150\n");
        refused(run("score", "--units", UNITS_2018.toString(), "--results", results.toString(), "--target", "95"),
                "r.csv:2: column 'rate', value '150'", RANGE);
    }

    @Test
    void scoreRefusesAPrintedOnTimeRateAbove100InTheWideForm() throws IOException {
        Path results = write("r.csv", "unit,period,received,resolved,onTime,late,onTimeRate,lateRate\n"
                + "so-noi-vu,2018-Q1,3,3,3,0,150,0\n");
        refused(run("score", "--units", UNITS_2018.toString(), "--results", results.toString(), "--target", "95"),
                "r.csv:2: column 'onTimeRate', value '150'", RANGE);
    }

    @Test
    void scoreRefusesATargetAbove100InTheTargetsFile() throws IOException {
        Path targets = write("t.csv", "unit,indicator,period,target\nso-noi-vu,ON_TIME_RATE,2018-Q1,150\n");
        refused(run("score", "--units", UNITS_2018.toString(), "--results", RESULTS_2018.toString(),
                "--targets", targets.toString()), "t.csv:2: column 'target', value '150'", RANGE);
    }

    @Test
    void scoreRefusesAUniformTargetAbove100ForARatioIndicator() {
        refused(run("score", "--units", UNITS_2018.toString(), "--results", RESULTS_2018.toString(), "--target", "150"),
                "option '--target', value '150'", "ON_TIME_RATE is a ratio", RANGE);
    }

    @Test
    void scoreTakesAUniformTargetAbove100ForACountIndicator() throws IOException {
        Path results = write("r.csv", "unit,indicator,period,rate\nso-noi-vu,EDOC_SENT,2018-Q1,1200\n");
        CliRun run = run("score", "--units", UNITS_2018.toString(), "--results", results.toString(), "--target", "150");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out()).exists();
    }

    @Test
    void allocateRefusesABaselineRateAbove100() throws IOException {
        Path baseline = write("b.csv", Files.readString(BASELINE).replace("\"99,96%\"", "150"));
        refused(run("allocate", "--units", UNITS_2022.toString(), "--baseline", baseline.toString(), "--policy",
                POLICY.toString(), "--year", "2022"), "b.csv:2: column 'rate', value '150'", RANGE);
    }

    @Test
    void allocateRefusesABaselineWhoseNumeratorExceedsItsDenominator() throws IOException {
        Path baseline = write("b.csv", "unit,indicator,period,numerator,denominator\nso-cong-thuong,ONLINE_RATE,2021,120,100\n");
        refused(run("allocate", "--units", UNITS_2022.toString(), "--baseline", baseline.toString(), "--policy",
                POLICY.toString(), "--year", "2022"), "b.csv:2: column 'numerator', value '120'", RANGE);
    }

    @Test
    void allocateRefusesAnOverrideAndPolicyValuesAbove100() throws IOException {
        Path overrides = write("o.csv", "unit,target,reason\nso-noi-vu,150,proposal\n");
        refused(run("allocate", "--units", UNITS_2022.toString(), "--baseline", BASELINE.toString(), "--policy",
                POLICY.toString(), "--overrides", overrides.toString(), "--year", "2022"),
                "o.csv:2: column 'target', value '150'", RANGE);
        for (String key : List.of("cap", "uniform", "floors")) {
            String policy = Files.readString(POLICY).lines().filter(l -> !l.startsWith(key + ":"))
                    .reduce("", (a, b) -> a + b + "\n") + (key.equals("floors") ? "floors: {WARD: 150}\n" : key + ": 150\n");
            Path file = write("p-" + key + ".yaml", policy);
            refused(run("allocate", "--units", UNITS_2022.toString(), "--baseline", BASELINE.toString(), "--policy",
                    file.toString(), "--year", "2022"), "p-" + key + ".yaml:", "value '150'", RANGE);
        }
    }

    @Test
    void allocateRefusesAHeaderOnlyBaselineFile() throws IOException {
        Path baseline = write("b.csv", "unit,indicator,period,rate,procedures\n");
        refused(run("allocate", "--units", UNITS_2022.toString(), "--baseline", baseline.toString(), "--policy",
                POLICY.toString(), "--year", "2022"), "b.csv", "no rows: the file has a header but no baselines");
    }

    @Test
    void allocateRefusesABaselineOfAnotherIndicatorNamingItsLineAndTheExpectedOne() throws IOException {
        Path baseline = write("b.csv", Files.readString(BASELINE).replace("ONLINE_RATE", "DIGITIZATION_RATE"));
        refused(run("allocate", "--units", UNITS_2022.toString(), "--baseline", baseline.toString(), "--policy",
                POLICY.toString(), "--year", "2022"), "b.csv:2: column 'indicator', value 'DIGITIZATION_RATE'",
                "ONLINE_RATE");
    }

    @Test
    void allocateRefusesAnUnknownIndicatorInThePolicyListingTheKnownOnes() throws IOException {
        Path policy = write("p.yaml", Files.readString(POLICY).replace("indicator: ONLINE_RATE", "indicator: ONLNE_RATE"));
        refused(run("allocate", "--units", UNITS_2022.toString(), "--baseline", BASELINE.toString(), "--policy",
                policy.toString(), "--year", "2022"), "p.yaml:2: column 'indicator', value 'ONLNE_RATE'",
                "unknown indicator", "ONLINE_RATE, ");
    }

    @Test
    void importAppendixRefusesATargetAbove100() throws IOException {
        Path appendix = write("a.txt", Files.readString(SAMPLES.resolve("appendix-daklak-2022.txt"))
                .replace("\t99,96%\t99%", "\t99,96%\t150%"));
        CliRun run = run("import-appendix", appendix.toString(), "--units", UNITS_2022.toString());
        refused(run, "a.txt:", "value '150%'", RANGE);
    }

    @Test
    void cascadeRefusesABaselineAbove100AndATargetAbove100() throws IOException {
        Path children = write("c.csv", Files.readString(CHILDREN).replace("\"52,10%\"", "150"));
        refused(run("cascade", "--parent", "buon-ho", "--target", "75", "--children", children.toString(),
                "--policy", CASCADE_POLICY.toString()), "c.csv:", "column 'baseline', value '150'", RANGE);
        refused(run("cascade", "--parent", "buon-ho", "--target", "150", "--children", CHILDREN.toString(),
                "--policy", CASCADE_POLICY.toString()), "option '--target', value '150'", RANGE);
    }

    @Test
    void cascadeRefusesChildrenWhoseWeightsSumToZero() throws IOException {
        Path children = write("c.csv", "unit,kind,weight,baseline\nx1,COMMUNE,0,12\nx2,WARD,0,50\n");
        refused(run("cascade", "--parent", "buon-ho", "--target", "75", "--children", children.toString(),
                "--policy", CASCADE_POLICY.toString()), "c.csv", "column 'weight'", "the weights sum to 0");
    }

    @Test
    void cascadeRefusesTheParentAsItsOwnChildNamingTheLine() throws IOException {
        Path children = write("c.csv", "unit,kind,weight,baseline\nx1,COMMUNE,10,12\nbuon-ho,DISTRICT,5,50\n");
        refused(run("cascade", "--parent", "buon-ho", "--target", "45", "--children", children.toString(),
                "--policy", CASCADE_POLICY.toString()), "c.csv:3: column 'unit', value 'buon-ho'", "its own child");
    }
}
