package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chitieu.cli.dossier.DossierGenerator;
import vn.chitieu.cli.dossier.GeneratedDossier;
import vn.chitieu.cli.dossier.NaiveIndicators;

/**
 * {@code indicators --profile 766-2022} on the shipped samples: every unit's points per criterion equal
 * those computed here from an independent count of the same dossiers ({@link NaiveIndicators}) with the
 * profile's figures as the sources give them (written out below, not read from the profile file); the
 * criteria dossiers cannot compute are "not computed", never 0 points.
 */
class IndicatorsProfileTest {

    private static final Path SAMPLES = Path.of("src/main/resources/samples");
    private static final MathContext MC = new MathContext(40, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** id, indicator, maximum, full points from (percent): the criteria of 766 that dossiers compute. */
    private static final Object[][] COMPUTED = {
        {"2.1", "PROGRESS_RATE", 20, 100},
        {"3.2", "ONLINE_SERVICE_UPTAKE", 4, 100},
        {"3.3", "ONLINE_RATE", 6, 50},
        {"3.5b", "ONLINE_PAYMENT_PROCEDURES", 2, 80},
        {"3.6", "ONLINE_PAYMENT_DOSSIERS", 6, 100},
        {"4.2", "DIGITIZATION_RATE", 4, 80},
    };

    /** The criteria dossiers cannot compute: publicity 18, online 2 (3.1), payment 2 (3.5a), digitization 18, satisfaction 18. */
    private static final List<String> NOT_COMPUTED = List.of("1.1", "1.2", "1.3", "1.4", "3.1", "3.5a", "4.1", "4.6", "4.3",
            "4.4", "4.5b", "4.5a", "5.2", "5.3", "5.4");

    private static String sample(String name) {
        return SAMPLES.resolve(name).toString();
    }

    private static String[] args(String... more) {
        List<String> a = new ArrayList<>(List.of("indicators", "--units", sample("units-daklak-2022.csv"), "--procedures",
                sample("procedures-daklak.csv"), "--dossiers", sample("dossiers-daklak-2022-06.csv"), "--period", "2022-06"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private static BigDecimal bandMin(BigDecimal share) {
        for (int min : new int[] {90, 80, 70, 50}) {
            if (share.compareTo(BigDecimal.valueOf(min)) >= 0) {
                return BigDecimal.valueOf(min);
            }
        }
        return BigDecimal.ZERO;
    }

    private static final Map<Integer, String> BANDS = Map.of(90, "Xuất sắc", 80, "Tốt", 70, "Khá", 50, "Trung bình", 0, "Yếu");

    @Test
    void everyUnitOfTheSampleMonthScoresAsAnIndependentCountOfItsDossiersGives() throws IOException {
        // the units and procedures of the samples, read plainly
        List<String> codes = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        Map<String, String> parent = new HashMap<>();
        Map<String, String> codeOf = new HashMap<>();
        List<String> lines = Files.readAllLines(SAMPLES.resolve("units-daklak-2022.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            // code,name,kind,parent with the name quoted when it holds a comma
            String[] f = line.contains("\"")
                    ? new String[] {line.substring(0, line.indexOf(',')), line.substring(line.indexOf('"') + 1,
                        line.lastIndexOf('"')), "", line.substring(line.lastIndexOf(',') + 1)}
                    : line.split(",", -1);
            assertThat(f).hasSize(4);
            codes.add(f[0]);
            names.add(List.of(f[1]));
            parent.put(f[0], f[3].isEmpty() ? null : f[3]);
            codeOf.put(f[0], f[0]);
            codeOf.put(f[1], f[0]);
        }
        Map<String, NaiveIndicators.Proc> procedures = new LinkedHashMap<>();
        List<String> procLines = Files.readAllLines(SAMPLES.resolve("procedures-daklak.csv"), StandardCharsets.UTF_8);
        for (String line : procLines.subList(1, procLines.size())) {
            String[] f = line.split(",");
            String code = f[0];
            procedures.put(code, new NaiveIndicators.Proc(code, f[f.length - 2], Boolean.parseBoolean(f[f.length - 1])));
        }
        // the sample month as its generator makes it, checked to be the shipped file
        DossierGenerator generator = new DossierGenerator(2022_06);
        List<GeneratedDossier> month = generator.dossiers(3000, codes, names, new ArrayList<>(procedures.keySet()), 2022, 6);
        StringWriter csv = new StringWriter();
        generator.writeCsv(csv, month, DossierGenerator.Headers.NATIONAL, ',', false);
        assertThat(csv.toString()).isEqualTo(Files.readString(SAMPLES.resolve("dossiers-daklak-2022-06.csv")));
        Map<String, Map<String, NaiveIndicators.Figure>> naive = NaiveIndicators.compute(codes, parent::get, month,
                d -> codeOf.get(d.unit()), procedures, LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 30));

        CliRun run = CliRun.of(args("--profile", "766-2022", "--format", "json"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(run.out());
        assertThat(doc.at("/profile/id").asText()).isEqualTo("766-2022");
        assertThat(doc.at("/profile/maxPoints").decimalValue()).isEqualByComparingTo("100");
        assertThat(doc.at("/profile/computableMax").decimalValue()).isEqualByComparingTo("42");
        assertThat(doc.get("units")).hasSize(naive.size());
        int notWeak = 0;
        for (JsonNode u : doc.get("units")) {
            String unit = u.get("unit").asText();
            Map<String, NaiveIndicators.Figure> figures = naive.get(unit);
            assertThat(figures).as(unit).isNotNull();
            Map<String, JsonNode> criteria = new HashMap<>();
            u.get("criteria").forEach(c -> criteria.put(c.get("criterion").asText(), c));
            assertThat(criteria).hasSize(COMPUTED.length + NOT_COMPUTED.size());
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal computable = BigDecimal.ZERO;
            for (Object[] k : COMPUTED) {
                JsonNode c = criteria.get((String) k[0]);
                NaiveIndicators.Figure f = figures.get((String) k[1]);
                BigDecimal max = BigDecimal.valueOf((Integer) k[2]);
                BigDecimal fullAt = BigDecimal.valueOf((Integer) k[3]);
                assertThat(c.get("indicator").asText()).isEqualTo(k[1]);
                assertThat(c.get("numerator").asLong()).as(unit + " " + k[0]).isEqualTo(f.numerator());
                assertThat(c.get("denominator").asLong()).as(unit + " " + k[0]).isEqualTo(f.denominator());
                if (f.denominator() == 0) {
                    assertThat(c.get("status").asText()).isEqualTo("NO_DOSSIERS");
                    assertThat(c.get("points").isNull()).isTrue();
                    continue;
                }
                // max × min(1, (b / a) / fullAt%)
                BigDecimal ratio = BigDecimal.valueOf(f.numerator()).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(f.denominator()).multiply(fullAt), MC);
                BigDecimal points = max.multiply(ratio.min(BigDecimal.ONE));
                assertThat(c.get("status").asText()).isEqualTo("SCORED");
                assertThat(c.get("points").decimalValue()).as(unit + " " + k[0]).isCloseTo(points, within(new BigDecimal("1e-30")));
                total = total.add(points);
                computable = computable.add(max);
            }
            for (String id : NOT_COMPUTED) {
                JsonNode c = criteria.get(id);
                assertThat(c.get("status").asText()).as(id).isEqualTo("NOT_COMPUTED");
                assertThat(c.get("points").isNull()).as(id).isTrue();
                assertThat(c.get("value").isNull()).as(id).isTrue();
            }
            assertThat(u.get("computableMax").decimalValue()).as(unit).isEqualByComparingTo(computable);
            assertThat(u.get("maxPoints").decimalValue()).isEqualByComparingTo("100");
            if (computable.signum() == 0) {
                assertThat(u.get("points").isNull()).isTrue();
                assertThat(u.get("band").isNull()).isTrue();
                continue;
            }
            assertThat(u.get("points").decimalValue()).as(unit).isCloseTo(total, within(new BigDecimal("1e-29")));
            BigDecimal share = total.multiply(HUNDRED).divide(computable, MC);
            assertThat(u.get("share").decimalValue()).as(unit).isCloseTo(share, within(new BigDecimal("1e-29")));
            String band = BANDS.get(bandMin(share).intValue());
            assertThat(u.at("/band/vi").asText()).as(unit).isEqualTo(band);
            notWeak += band.equals("Yếu") ? 0 : 1;
        }
        // the reason for not computing what dossiers cannot give: units are not all rated Yếu
        assertThat(notWeak).isPositive();
    }

    @Test
    void theTableSaysWhatIsNotComputedAndOverHowManyPointsTheTotalIs() {
        CliRun vi = CliRun.of(args("--profile", "766-2022"));
        assertThat(vi.exitCode()).as(vi.err()).isZero();
        assertThat(vi.out()).contains("Chưa tính").contains("điểm tính được (trên 100)").contains("Tiến độ giải quyết")
                .contains("Tỷ lệ hồ sơ bảo đảm tiến độ giải quyết").doesNotContain("PROGRESS_RATE") // the indicator by its name, not its code
                .contains("UBND tỉnh Đắk Lắk").doesNotContain("not computed");
        CliRun en = CliRun.of(args("--profile", "766-2022", "--lang", "en", "--format", "md"));
        assertThat(en.exitCode()).as(en.err()).isZero();
        assertThat(en.out()).contains("not computed").contains("computable points (of 100)");
    }

    @Test
    void csvHasARowPerUnitAndCriterionAndATotalRowPerUnit() {
        CliRun run = CliRun.of(args("--profile", "766-2022", "--format", "csv", "--unit", "krong-ana"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("unit,name,criterion,group,indicator,numerator,denominator,value,fullAt,max,points,status");
        assertThat(lines.stream().filter(l -> l.startsWith("krong-ana,")).count()).isEqualTo(COMPUTED.length + NOT_COMPUTED.size() + 1);
        assertThat(lines.stream().filter(l -> l.startsWith("krong-ana,") && l.contains(",TOTAL,"))).hasSize(1);
        assertThat(lines).anyMatch(l -> l.contains(",1.1,publicity,,,,,100,6,,NOT_COMPUTED,"));
    }

    @Test
    void anUnknownProfileIsBadInputNamingTheKnownProfiles() {
        CliRun run = CliRun.of(args("--profile", "766-2099"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--profile").contains("766-2099").contains("766-2022");
        assertThat(run.out()).isEmpty();
    }
}
