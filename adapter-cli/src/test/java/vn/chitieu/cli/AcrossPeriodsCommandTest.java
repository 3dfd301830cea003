package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.cli.demo.Samples;

/**
 * {@code score --period 2018} over four quarterly files, {@code trend}, and {@code --indicator A,B},
 * through the real command line. The quarters are made from seed 003's Phụ lục 2 (Q1/2018, in the
 * domain's test-jar): quarter q has q × the seed's on-time count and q² × its late count, so that
 * the year's rate differs from every quarter's and from their mean; the expected yearly rates are
 * the test's own sums.
 */
class AcrossPeriodsCommandTest {

    /** Names as the seed prints them to registry codes (seed 003's units, 2018). */
    private static final vn.chitieu.unit.NameResolver RESOLVER =
            new vn.chitieu.unit.NameResolver(vn.chitieu.fixtures.DakLakUnits.of2018());
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dir;

    private Path units;
    private final List<Path> quarters = new ArrayList<>();
    /** Per unit name as printed: on time and late of the seed's quarter. */
    private final Map<String, long[]> seed = new LinkedHashMap<>();

    @BeforeEach
    void quarters() throws IOException {
        units = Files.write(dir.resolve("units.csv"), Samples.bytes("units-daklak-2018.csv"));
        try (InputStream in = getClass().getResourceAsStream("/seed003/results-2018-Q1.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split(";");
                seed.put(c[1], new long[] {Long.parseLong(c[4]), Long.parseLong(c[6])});
            }
        }
        assertThat(seed).hasSize(31);
        for (int q = 1; q <= 4; q++) {
            StringBuilder csv = new StringBuilder("unit,indicator,period,numerator,denominator\n");
            for (Map.Entry<String, long[]> e : seed.entrySet()) {
                long onTime = e.getValue()[0] * q;
                long late = e.getValue()[1] * q * q;
                csv.append('"').append(e.getKey()).append("\",ON_TIME_RATE,2018-Q").append(q).append(',')
                        .append(onTime).append(',').append(onTime + late).append('\n');
            }
            quarters.add(Files.writeString(dir.resolve("q" + q + ".csv"), csv.toString(), StandardCharsets.UTF_8));
        }
    }

    private static CliRun run(List<String> args) {
        return CliRun.of(args.toArray(String[]::new));
    }

    private List<String> score(String... more) {
        List<String> args = new ArrayList<>(List.of("score", "--units", units.toString(), "--results"));
        quarters.forEach(q -> args.add(q.toString()));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void theYearIsTheRatioOfEachUnitsSummedCounts() throws IOException {
        CliRun run = run(score("--period", "2018", "--target", "95", "--format", "json"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.get("rows")).hasSize(31);
        int checked = 0;
        for (JsonNode row : doc.get("rows")) {
            String printed = seed.keySet().stream().filter(n -> RESOLVER.resolve(n).unit().code().value()
                    .equals(row.get("unit").asText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no seed row for " + row.get("name")));
            long numerator = 0;
            long denominator = 0;
            for (int q = 1; q <= 4; q++) {
                numerator += seed.get(printed)[0] * q;
                denominator += seed.get(printed)[0] * q + seed.get(printed)[1] * q * q;
            }
            assertThat(row.get("period").asText()).isEqualTo("2018");
            assertThat(row.get("numerator").asLong()).as(printed).isEqualTo(numerator);
            assertThat(row.get("denominator").asLong()).as(printed).isEqualTo(denominator);
            if (denominator == 0) {
                assertThat(row.get("value").isNull()).isTrue();
            } else {
                BigDecimal expected = BigDecimal.valueOf(numerator * 100)
                        .divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
                assertThat(row.get("value").decimalValue().subtract(expected).abs()).as(printed)
                        .isLessThan(new BigDecimal("1e-12"));
            }
            checked++;
        }
        assertThat(checked).isEqualTo(31);
        // Krông Pắc by hand: on time 1061 × (1+2+3+4) = 10610, late 608 × (1+4+9+16) = 18240
        JsonNode krongPac = doc.get("rows").findParents("unit").stream()
                .filter(r -> r.get("unit").asText().equals("krong-pac")).findFirst().orElseThrow();
        assertThat(krongPac.get("numerator").asLong()).isEqualTo(10610);
        assertThat(krongPac.get("denominator").asLong()).isEqualTo(10610 + 18240);
        assertThat(krongPac.get("value").decimalValue().setScale(4, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("36.7764");
        assertThat(doc.get("warnings").toString()).contains("PERIODS_SUMMED").contains("2018-Q1,2018-Q2,2018-Q3,2018-Q4")
                .doesNotContain("YEAR_TO_DATE");
    }

    @Test
    void threeQuartersAreYearToDateAndSaySo() throws IOException {
        List<String> args = new ArrayList<>(List.of("score", "--units", units.toString(), "--results",
                quarters.get(0).toString(), quarters.get(1).toString(), quarters.get(2).toString(),
                "--period", "2018", "--target", "95"));
        CliRun table = run(args);
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("lũy kế đến hết ngày 30/09/2018");
        args.addAll(List.of("--format", "json"));
        JsonNode doc = JSON.readTree(run(args).out());
        JsonNode krongPac = doc.get("rows").findParents("unit").stream()
                .filter(r -> r.get("unit").asText().equals("krong-pac")).findFirst().orElseThrow();
        assertThat(krongPac.get("numerator").asLong()).isEqualTo(1061 * 6);
        assertThat(krongPac.get("denominator").asLong()).isEqualTo(1061 * 6 + 608 * 14);
        assertThat(doc.get("warnings").toString()).contains("YEAR_TO_DATE");
        CliRun en = run(List.of("score", "--units", units.toString(), "--results", quarters.get(0).toString(),
                "--period", "2018-H1", "--target", "95", "--lang", "en"));
        assertThat(en.exitCode()).as(en.err()).isZero();
        assertThat(en.out()).contains("year to date through 2018-03-31");
    }

    @Test
    void theSameQuarterInTwoFilesIsRefused() {
        CliRun run = run(List.of("score", "--units", units.toString(), "--results", quarters.get(0).toString(),
                quarters.get(0).toString(), "--period", "2018", "--target", "95"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cũng có trong", "mỗi kỳ chỉ ghi kết quả một lần"); // vi, the default
    }

    @Test
    void theTrendOfAUnitListsItsFourQuarters() throws IOException {
        List<String> args = new ArrayList<>(List.of("trend", "--units", units.toString(), "--unit", "UBND huyện Krông Pắc",
                "--results"));
        quarters.forEach(q -> args.add(q.toString()));
        args.addAll(List.of("--format", "json"));
        CliRun run = run(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.get("unit").asText()).isEqualTo("krong-pac");
        JsonNode periods = doc.at("/series/0/periods");
        List<String> names = new ArrayList<>();
        periods.forEach(p -> names.add(p.get("period").asText()));
        assertThat(names).containsExactly("2018-Q1", "2018-Q2", "2018-Q3", "2018-Q4");
        for (int q = 1; q <= 4; q++) {
            JsonNode p = periods.get(q - 1);
            assertThat(p.get("numerator").asLong()).isEqualTo(1061L * q);
            assertThat(p.get("denominator").asLong()).isEqualTo(1061L * q + 608L * q * q);
        }
        assertThat(periods.get(0).get("change").isNull()).isTrue();
        BigDecimal q1 = periods.get(0).get("value").decimalValue();
        BigDecimal q2 = periods.get(1).get("value").decimalValue();
        assertThat(periods.get(1).get("change").decimalValue()).isEqualByComparingTo(q2.subtract(q1));
        args.remove(args.size() - 1);
        args.remove(args.size() - 1);
        CliRun table = run(args);
        assertThat(table.out()).contains("UBND huyện Krông Pắc").contains("Quý IV/2018").contains(" 63,57 |");
    }

    @Test
    void twoIndicatorsPrintSideBySide() throws IOException {
        String both = "unit,indicator,period,numerator,denominator\n"
                + "krong-pac,ON_TIME_RATE,2018-Q1,1061,1669\n"
                + "krong-pac,ONLINE_RATE,2018-Q1,30,1495\n"
                + "lak,ON_TIME_RATE,2018-Q1,14,14\n"
                + "lak,ONLINE_RATE,2018-Q1,0,19\n";
        Path file = Files.writeString(dir.resolve("both.csv"), both, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("score", "--units", units.toString(), "--results", file.toString(),
                "--period", "2018-Q1", "--indicator", "ON_TIME_RATE,ONLINE_RATE", "--target", "50"));
        CliRun table = run(args);
        assertThat(table.exitCode()).as(table.err()).isZero();
        String krongPac = table.out().lines().filter(l -> l.contains("Krông Pắc")).findFirst().orElseThrow();
        assertThat(krongPac).contains(" 63,57 |").contains(" 2,01 |");
        args.addAll(List.of("--format", "json"));
        JsonNode doc = JSON.readTree(run(args).out());
        assertThat(doc.get("indicators").toString()).isEqualTo("[\"ON_TIME_RATE\",\"ONLINE_RATE\"]");
        assertThat(doc.at("/scoreboards/0/rows/0/indicator").asText()).isEqualTo("ON_TIME_RATE");
        assertThat(doc.at("/scoreboards/1/rows/0/indicator").asText()).isEqualTo("ONLINE_RATE");
        assertThat(doc.at("/scoreboards/1/rows").size()).isEqualTo(2);
    }
}
