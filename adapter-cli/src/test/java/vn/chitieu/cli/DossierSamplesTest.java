package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The dossier samples shipped with the CLI compute and score, as the README's tour runs them. */
class DossierSamplesTest {

    private static final Path SAMPLES = Path.of("src/main/resources/samples");

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
}
