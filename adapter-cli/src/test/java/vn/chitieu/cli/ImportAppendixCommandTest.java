package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-appendix} on the appendices of seeds 000 and 002. */
class ImportAppendixCommandTest {

    static final Path SAMPLES = Path.of("src/main/resources/samples");
    static final Path SEED_000 = SAMPLES.resolve("appendix-daklak-2022.txt");
    /** The domain's test resource (chitieu-domain test-jar), copied as a file under its own name. */
    static final String SEED_002 = "/appendix/seed-002-hoabinh-2022.txt";

    @TempDir
    Path dir;

    private Path seed002() throws IOException {
        Path file = dir.resolve("seed-002-hoabinh-2022.txt");
        try (InputStream in = getClass().getResourceAsStream(SEED_002)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void seed000YieldsTheDecisionsThirtyThreeTargetsAndProcedures() throws IOException {
        CliRun run = CliRun.of("import-appendix", SEED_000.toString(), "--units",
                SAMPLES.resolve("units-daklak-2022.csv").toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(run.out()).get("rows");
        Map<String, String> expected = AllocateCommandTest.expectedTargets();
        Map<String, Integer> procedures = procedures();
        assertThat(rows).hasSize(33);
        for (JsonNode r : rows) {
            String unit = r.get("unit").asText();
            assertThat(r.get("target").decimalValue()).as(unit).isEqualByComparingTo(expected.get(unit));
            assertThat(r.get("procedures").asInt()).as(unit).isEqualTo(procedures.get(unit));
            assertThat(r.get("indicator").asText()).isEqualTo("ONLINE_RATE");
            assertThat(r.get("period").asText()).isEqualTo("2022");
        }
    }

    @Test
    void seed002YieldsTwentySevenUnitsAtFiftyFivePercentAsATargetsFile() throws IOException {
        Path out = dir.resolve("targets.csv");
        CliRun run = CliRun.of("import-appendix", seed002().toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).startsWith("unit,indicator,period,target,reason");
        assertThat(lines.subList(1, lines.size())).hasSize(27).allSatisfy(l -> assertThat(l).contains(",ONLINE_RATE,2022,55,"));
        assertThat(lines).anyMatch(l -> l.startsWith("UBND TP. Hòa Bình,"));
    }

    @Test
    void anOcrSplitCellExits2NamingTheLineAndWritesNothing() throws IOException {
        List<String> lines = Files.readAllLines(seed002());
        int at = lines.indexOf("9\tSở Nội vụ\t87\t55%");
        lines.set(at, "9\tSở Nội vụ\t8 7\t55%");
        Path broken = dir.resolve("broken.txt");
        Files.write(broken, lines);
        Path out = dir.resolve("targets.csv");
        CliRun run = CliRun.of("import-appendix", broken.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(broken + ":" + (at + 1)).contains("8 7");
        assertThat(out).doesNotExist();
    }

    @Test
    void aNameTheUnitsFileDoesNotKnowExits2NamingItsLine() throws IOException {
        CliRun run = CliRun.of("import-appendix", seed002().toString(), "--units",
                SAMPLES.resolve("units-daklak-2022.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("seed-002-hoabinh-2022.txt:").contains("Hòa Bình");
    }

    private static Map<String, Integer> procedures() throws IOException {
        Map<String, Integer> map = new HashMap<>();
        List<String> lines = Files.readAllLines(SAMPLES.resolve("baseline-daklak-2021.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] p = line.split(",");
            map.put(p[0], Integer.valueOf(p[p.length - 1]));
        }
        return map;
    }
}
