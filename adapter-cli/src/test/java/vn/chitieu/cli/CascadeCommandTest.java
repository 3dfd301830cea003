package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cascade} run as a user runs it. */
class CascadeCommandTest {

    static final Path SAMPLES = Path.of("src/main/resources/samples");
    static final Path CHILDREN = SAMPLES.resolve("children-buon-ho-2022.csv");
    static final Path POLICY = SAMPLES.resolve("policy-cascade-daklak-2022.yaml");

    @TempDir
    Path dir;

    private static CliRun cascade(String target, Path children, String... more) {
        String[] base = {"cascade", "--parent", "buon-ho", "--target", target, "--children", children.toString(),
            "--policy", POLICY.toString()};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return CliRun.of(args);
    }

    @Test
    void buonHosFortyFivePercentIsReachedByTheFloorsAlone() throws IOException {
        CliRun run = cascade("45", CHILDREN, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("feasible").asBoolean()).isTrue();
        assertThat(json.get("delta").decimalValue()).isEqualByComparingTo("0");
        assertThat(json.get("achieved").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("45"));
        assertThat(json.get("rows")).hasSize(12).allSatisfy(r -> {
            assertThat(r.get("target").decimalValue()).isGreaterThanOrEqualTo(r.get("floor").decimalValue());
            assertThat(r.get("base").decimalValue()).isLessThanOrEqualTo(r.get("target").decimalValue());
        });
    }

    @Test
    void aHigherTargetRaisesTheChildrenUntilTheWeightedValueReachesIt() throws IOException {
        Path children = write("children.csv", """
                unit,kind,weight,baseline,readiness
                p1,WARD,1,,1
                x1,COMMUNE,1,,1
                x2,COMMUNE,2,,"0,5"
                """);
        // 80+δ, 40+δ, 40+δ/2 weighted 1,1,2: (80 + δ + 40 + δ + 80 + δ)/4 = 70 → δ = 80/3; ward capped at 99 first
        CliRun run = cascade("70", children, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        // ward caps at δ = 19 (99); then 99 + 40 + δ + 80 + δ = 280 → δ = 30.5
        assertThat(json.get("delta").decimalValue()).isEqualByComparingTo("30.5");
        assertThat(json.get("rows").get(0).get("target").decimalValue()).isEqualByComparingTo("99");
        assertThat(json.get("rows").get(1).get("target").decimalValue()).isEqualByComparingTo("71");
        assertThat(json.get("rows").get(2).get("target").decimalValue()).isEqualByComparingTo("56");
        assertThat(json.get("achieved").decimalValue()).isEqualByComparingTo("70.5");
    }

    @Test
    void anUnreachableTargetExits1WithTheBestReachableValueAndWritesNoFile() throws IOException {
        Path out = dir.resolve("plan.json");
        CliRun run = cascade("99.5", CHILDREN, "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("feasible").asBoolean()).isFalse();
        assertThat(json.get("bestReachable").decimalValue()).isEqualByComparingTo("99");
        assertThat(run.err()).contains("bị từ chối (không thể đạt chỉ tiêu)");
        assertThat(out).doesNotExist();
    }

    @Test
    void aNegativeWeightExits2NamingFileLineAndColumn() throws IOException {
        Path children = write("children.csv", "unit,kind,weight,baseline\np1,WARD,100,50\nx1,COMMUNE,-3,20\n");
        Path out = dir.resolve("plan.csv");
        CliRun run = cascade("60", children, "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(children + ":3").contains("weight").contains("-3");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOcrSplitWeightExits2() throws IOException {
        Path children = write("children.csv", "unit,kind,weight,baseline\np1,WARD,1006 3,50\n");
        CliRun run = cascade("60", children);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(children + ":2").contains("1006 3");
    }

    @Test
    void printsThePlanAsATableWithTheAchievedValue() {
        CliRun run = cascade("75", CHILDREN, "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Cascade of buon-ho's 75% target", "achieved", "Phường An Lạc", "no dossiers");
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }
}
