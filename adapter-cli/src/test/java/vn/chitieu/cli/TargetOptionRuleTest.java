package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code score --target} and {@code cascade --target} are held to the use case's rule, the
 * domain's one 0–100 % rule (issue 11: {@code score} used to refuse a negative target with its own
 * "≥ 0" wording): the refusal names the option, the value and the rule, exit 2.
 */
class TargetOptionRuleTest {

    private static final Path SAMPLES = Path.of("src/main/resources/samples");

    @Test
    void aNegativeUniformTargetIsRefusedByTheRatioRule() {
        CliRun run = CliRun.english("score", "--units", SAMPLES.resolve("units-daklak-2018.csv").toString(), "--results",
                SAMPLES.resolve("results-2018-Q1.csv").toString(), "--target", "-5");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("option '--target', value '-5'", "ON_TIME_RATE is a ratio", "0–100 %")
                .doesNotContain("Exception", "Usage:", "column");
    }

    @Test
    void inVietnameseTheRefusalNamesAnOptionToo() {
        CliRun run = CliRun.of("score", "--units", SAMPLES.resolve("units-daklak-2018.csv").toString(), "--results",
                SAMPLES.resolve("results-2018-Q1.csv").toString(), "--target", "195"); // Vietnamese, the default

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("tùy chọn '--target', giá trị '195'").doesNotContain("cột");
    }

    @Test
    void aCascadeTargetAbove100IsRefusedNamingTheOption() {
        CliRun run = CliRun.english("cascade", "--parent", "buon-ho", "--target", "100,5", "--children",
                SAMPLES.resolve("children-buon-ho-2022.csv").toString(), "--policy",
                SAMPLES.resolve("policy-cascade-daklak-2022.yaml").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("option '--target', value '100,5'", "0–100 %").doesNotContain("Exception");
    }
}
