package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.dossier.DossierTimes;

/** The dossier samples shipped with the CLI compute and score, as the README's tour runs them. */
class DossierSamplesTest {

    private static final Path SAMPLES = Path.of("src/main/resources/samples");

    @TempDir
    Path dir;

    private static String sample(String name) {
        return SAMPLES.resolve(name).toString();
    }

    @Test
    void aMonthOfDakLakDossiersGivesEveryIndicatorOfTheProvince() throws IOException {
        CliRun run = CliRun.of("indicators", "--units", sample("units-daklak-2022.csv"), "--procedures",
                sample("procedures-daklak.csv"), "--dossiers", sample("dossiers-daklak-2022-06.csv"), "--period", "2022-06",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.at("/dossiers/read").asLong()).isEqualTo(3000);
        long province = 0;
        long units = 0;
        for (JsonNode r : doc.get("rows")) {
            if (r.get("indicator").asText().equals("RECEIVED")) {
                if (r.get("unit").asText().equals("daklak")) {
                    province = r.get("numerator").asLong();
                } else {
                    units += r.get("numerator").asLong();
                }
            }
        }
        // the province's figure covers its own dossiers and its departments' and districts'
        assertThat(units).isPositive();
        assertThat(province).isGreaterThanOrEqualTo(units);
    }

    @Test
    void theNdjsonSampleAndScoringFromTheSample() {
        CliRun ndjson = CliRun.of("indicators", "--units", sample("units-daklak-2022.csv"), "--procedures",
                sample("procedures-daklak.csv"), "--dossiers", sample("dossiers-daklak-2022-06.ndjson"), "--period",
                "2022-06", "--format", "json");
        assertThat(ndjson.exitCode()).as(ndjson.err()).isZero();
        assertThat(ndjson.out()).contains("\"read\" : 12");
        CliRun score = CliRun.of("score", "--units", sample("units-daklak-2022.csv"), "--dossiers",
                sample("dossiers-daklak-2022-06.csv"), "--procedures", sample("procedures-daklak.csv"), "--period",
                "2022-06", "--indicator", "ON_TIME_RATE", "--target", "90", "--lang", "en");
        assertThat(score.exitCode()).as(score.err()).isZero();
        assertThat(score.out()).contains("Sở Công Thương");
    }

    @Test
    void theSampleWithItsTimesAsDotNetAndUtcWriteThemCountsTheSame() throws IOException {
        // every time of the sample rewritten as .NET's round trip (seven decimals, +07:00) in even lines and in UTC
        // (Z) in odd ones; dates without a time stay dates
        List<String> lines = Files.readAllLines(Path.of(sample("dossiers-daklak-2022-06.csv")), StandardCharsets.UTF_8);
        List<String> rewritten = new ArrayList<>(List.of(lines.get(0)));
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'.0000000+07:00'");
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
        int changed = 0;
        for (int n = 1; n < lines.size(); n++) {
            String[] cells = lines.get(n).split(",", -1);
            for (int c : new int[] {4, 5, 6}) { // NgayTiepNhan, NgayHenTra, NgayKetThucXuLy
                String t = cells[c];
                if (t.length() > 10) {
                    LocalDateTime time = DossierTimes.toLocal(DossierTimes.parse(t, false));
                    cells[c] = n % 2 == 0 ? local.format(time) : utc.format(time.minusHours(7));
                    changed++;
                }
            }
            rewritten.add(String.join(",", cells));
        }
        Path file = Files.write(dir.resolve("dotnet.csv"), rewritten, StandardCharsets.UTF_8);

        CliRun original = indicatorsCsv(sample("dossiers-daklak-2022-06.csv"));
        CliRun dotnet = indicatorsCsv(file.toString());

        assertThat(changed).isGreaterThan(3000);
        assertThat(dotnet.exitCode()).as(dotnet.err()).isZero();
        assertThat(dotnet.out()).isEqualTo(original.out()).contains("ON_TIME_RATE");
    }

    private static CliRun indicatorsCsv(String dossiers) {
        return CliRun.of("indicators", "--units", sample("units-daklak-2022.csv"), "--procedures",
                sample("procedures-daklak.csv"), "--dossiers", dossiers, "--period", "2022-06", "--format", "csv", "--lang", "en");
    }
}
