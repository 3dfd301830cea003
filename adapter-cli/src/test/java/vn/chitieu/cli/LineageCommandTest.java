package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.persistence.jdbi.TestPostgres;

/**
 * Issue 14 as a user runs it on the Khánh Hòa sample: {@code allocate --as-of 2026-01-01 --lineage
 * --baseline} drafts the new units' 2026 targets from the old units' 2025 counts; a bad lineage
 * exits 2 naming its line; {@code import lineage} stores it; a dated registry exports and re-imports
 * unchanged. The expected figures are summed here from the sample's own files.
 */
class LineageCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Path SAMPLES = Path.of("src/main/resources/samples");
    static final Path UNITS = SAMPLES.resolve("units-khanhhoa-2024-2026.csv");
    static final Path LINEAGE = SAMPLES.resolve("lineage-khanhhoa-2025.csv");
    static final Path BASELINE = SAMPLES.resolve("baseline-khanhhoa-2025.csv");
    static final Path POLICY = SAMPLES.resolve("policy-khanhhoa-2026.yaml");

    @TempDir
    Path dir;

    private static CliRun allocate(Path lineage, String... more) {
        List<String> args = new ArrayList<>(List.of("allocate", "--units", UNITS.toString(), "--baseline", BASELINE.toString(),
                "--policy", POLICY.toString(), "--year", "2026", "--as-of", "2026-01-01", "--lineage", lineage.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** The sample's 2025 counts: unit → {numerator, denominator} (rows with a rate only are left out). */
    private static Map<String, BigDecimal[]> counts() throws IOException {
        Map<String, BigDecimal[]> out = new HashMap<>();
        for (String line : Files.readAllLines(BASELINE).subList(1, Files.readAllLines(BASELINE).size())) {
            String[] c = line.split(",", -1);
            if (!c[3].isEmpty()) {
                out.put(c[0], new BigDecimal[] {new BigDecimal(c[3]), new BigDecimal(c[4])});
            }
        }
        return out;
    }

    private static JsonNode row(JsonNode doc, String unit) {
        for (JsonNode r : doc.get("rows")) {
            if (r.get("unit").asText().equals(unit)) {
                return r;
            }
        }
        throw new AssertionError("no row " + unit);
    }

    /** The policy's target by hand: ⌈baseline + 2⌉, at least the kind's floor, at most 99. */
    private static BigDecimal target(BigDecimal baseline, int floor) {
        return baseline.add(BigDecimal.valueOf(2)).setScale(0, RoundingMode.CEILING).max(BigDecimal.valueOf(floor))
                .min(BigDecimal.valueOf(99));
    }

    @Test
    void aMergerOfThreeOldCommunesGivesTheNewOneTheRatioOfTheirSummedCounts() throws IOException {
        CliRun run = allocate(LINEAGE, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        Map<String, BigDecimal[]> counts = counts();

        // Xã Ninh Hưng ← Ninh Hưng, Ninh Lộc, Ninh Ích (lineage lines 74-76)
        BigDecimal b = BigDecimal.ZERO;
        BigDecimal a = BigDecimal.ZERO;
        for (String old : List.of("cu-xa-ninh-hung", "cu-xa-ninh-loc", "cu-xa-ninh-ich")) {
            b = b.add(counts.get(old)[0]);
            a = a.add(counts.get(old)[1]);
        }
        BigDecimal expected = b.multiply(BigDecimal.valueOf(100)).divide(a, MathContext.DECIMAL64);
        JsonNode ninhHung = row(doc, "xa-ninh-hung");
        assertThat(ninhHung.get("baselineNumerator").decimalValue()).isEqualByComparingTo(b);
        assertThat(ninhHung.get("baselineDenominator").decimalValue()).isEqualByComparingTo(a);
        assertThat(ninhHung.get("baseline").decimalValue().round(MathContext.DECIMAL64)).isEqualByComparingTo(expected);
        assertThat(ninhHung.get("target").decimalValue()).isEqualByComparingTo(target(expected, 45));
        assertThat(ninhHung.get("baselineFrom")).extracting(JsonNode::asText)
                .containsExactly("cu-xa-ninh-hung", "cu-xa-ninh-loc", "cu-xa-ninh-ich");
        // the special zone Trường Sa is the old district's township and two communes
        assertThat(row(doc, "dac-khu-truong-sa").get("kind").asText()).isEqualTo("SPECIAL_ZONE");
        assertThat(row(doc, "dac-khu-truong-sa").get("baselineFrom")).hasSize(3);
        // 13 departments and the 91 communes, wards and special zone of 2026: no old unit receives a target
        assertThat(doc.get("rows")).hasSize(104);
        doc.get("rows").forEach(r -> assertThat(r.get("unit").asText()).doesNotStartWith("cu-"));
    }

    @Test
    void aSplitSharesTheOldCommunesCountsAndARateWithoutCountsIsNotRestated() throws IOException {
        JsonNode doc = JSON.readTree(allocate(LINEAGE, "--format", "json").out());
        BigDecimal[] dienLam = counts().get("cu-xa-dien-lam");
        BigDecimal[] dienDien = counts().get("cu-xa-dien-dien");

        // cu-xa-dien-lam splits 0.6 to xa-dien-lam and 0.4 to xa-dien-dien (which also takes cu-xa-dien-dien whole)
        JsonNode lam = row(doc, "xa-dien-lam");
        assertThat(lam.get("baselineNumerator").decimalValue()).isEqualByComparingTo(dienLam[0].multiply(new BigDecimal("0.6")));
        assertThat(lam.get("baselineDenominator").decimalValue()).isEqualByComparingTo(dienLam[1].multiply(new BigDecimal("0.6")));
        assertThat(lam.get("baselineFrom")).extracting(JsonNode::asText).containsExactly("cu-xa-dien-lam×0.6");
        JsonNode dien = row(doc, "xa-dien-dien");
        BigDecimal b = dienLam[0].multiply(new BigDecimal("0.4")).add(dienDien[0]);
        BigDecimal a = dienLam[1].multiply(new BigDecimal("0.4")).add(dienDien[1]);
        assertThat(dien.get("baselineNumerator").decimalValue()).isEqualByComparingTo(b);
        assertThat(dien.get("baselineDenominator").decimalValue()).isEqualByComparingTo(a);
        assertThat(dien.get("baseline").decimalValue().round(MathContext.DECIMAL64))
                .isEqualByComparingTo(b.multiply(BigDecimal.valueOf(100)).divide(a, MathContext.DECIMAL64));
        // cu-xa-son-trung gave "62,5%" without counts: Sơn Trung is not restated, and gets the commune floor
        JsonNode sonTrung = row(doc, "xa-son-trung");
        assertThat(sonTrung.get("baseline").isNull()).isTrue();
        assertThat(sonTrung.get("notRestatableFrom")).extracting(JsonNode::asText).containsExactly("cu-xa-son-trung");
        assertThat(sonTrung.get("target").decimalValue()).isEqualByComparingTo("45");

        CliRun table = allocate(LINEAGE);
        assertThat(table.out()).contains("Từ đơn vị cũ", "cu-xa-dien-lam×0.4, cu-xa-dien-dien",
                "xa-son-trung: không quy đổi được");
    }

    @Test
    void sharesThatDoNotSumToOneOrACycleExit2NamingTheLine() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(LINEAGE));
        int split = lines.indexOf("cu-xa-dien-lam,xa-dien-dien,0.4,2025-07-01");
        assertThat(split).isPositive();
        lines.set(split, "cu-xa-dien-lam,xa-dien-dien,0.3,2025-07-01");
        Path badShares = dir.resolve("lineage.csv");
        Files.write(badShares, lines);

        CliRun shares = allocate(badShares, "--lang", "en"); // the English reasons: their Vietnamese is checked by LanguageEverywhereTest
        assertThat(shares.exitCode()).isEqualTo(2);
        assertThat(shares.err()).contains("lineage.csv:" + split + ": column 'share', value '0.6'",
                "lineage.csv:" + (split + 1) + ": column 'share', value '0.3'", "sum to 0.9");
        assertThat(shares.out()).isEmpty();

        Path cycle = dir.resolve("cycle.csv");
        Files.writeString(cycle, "from,to,share,date\nso-noi-vu,so-tu-phap,,2025-07-01\nso-tu-phap,so-noi-vu,,2025-07-01\n");
        CliRun cycled = allocate(cycle, "--lang", "en");
        assertThat(cycled.exitCode()).isEqualTo(2);
        assertThat(cycled.err()).contains("cycle.csv:3: column 'to', value 'so-noi-vu'", "cycle in lineage");
    }

    @Test
    void aDatedRegistryAndItsLineageAreStoredAndTheUnitsExportAndReimportUnchanged() throws IOException {
        TestPostgres.freshStorage();
        String db = TestPostgres.database().jdbcUrl();
        CliRun units = CliRun.of("import", "units", UNITS.toString(), "--db-url", db, "--format", "json");
        assertThat(units.exitCode()).as(units.err()).isZero();
        CliRun lineage = CliRun.of("import", "lineage", LINEAGE.toString(), "--db-url", db, "--format", "json");
        assertThat(lineage.exitCode()).as(lineage.err()).isZero();
        assertThat(JSON.readTree(lineage.out()).get("inserted").asLong()).isEqualTo(Files.readAllLines(LINEAGE).size() - 1);
        CliRun again = CliRun.of("import", "lineage", LINEAGE.toString(), "--db-url", db, "--format", "json");
        assertThat(JSON.readTree(again.out()).get("unchanged").asLong()).isEqualTo(Files.readAllLines(LINEAGE).size() - 1);

        Path exported = dir.resolve("units-export.csv");
        CliRun export = CliRun.of("export", "units", "--db-url", db, "--out", exported.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readAllLines(exported).get(0)).isEqualTo("code,name,kind,parent,aliases,validFrom,validTo");
        assertThat(Files.readAllLines(exported)).contains("cu-xa-ninh-loc,UBND xã Ninh Lộc,COMMUNE,cu-thi-xa-ninh-hoa,,,2025-06-30",
                "dac-khu-truong-sa,UBND đặc khu Trường Sa,SPECIAL_ZONE,khanh-hoa,,2025-07-01,");
        CliRun reimport = CliRun.of("import", "units", exported.toString(), "--db-url", db, "--format", "json");
        assertThat(JSON.readTree(reimport.out()).get("unchanged").asLong()).isEqualTo(Files.readAllLines(UNITS).size() - 1);
        assertThat(JSON.readTree(reimport.out()).get("updated").asLong()).isZero();
    }
}
