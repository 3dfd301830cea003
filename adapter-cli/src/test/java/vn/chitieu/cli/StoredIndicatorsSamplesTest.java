package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chitieu.application.dossier.IndicatorsDocument;
import vn.chitieu.application.dossier.ReadIndicators;
import vn.chitieu.application.dossier.ReadIndicatorsCommand;
import vn.chitieu.period.Period;
import vn.chitieu.persistence.jdbi.TestPostgres;
import vn.chitieu.port.out.Storage;

/**
 * The shipped samples imported with {@code import dossiers} give, from the stored counts (what
 * {@code GET /api/v1/indicators} answers), exactly the JSON that {@code indicators} prints for the file.
 */
class StoredIndicatorsSamplesTest {

    private static final Path SAMPLES = Path.of("src/main/resources/samples");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static String sample(String name) {
        return SAMPLES.resolve(name).toString();
    }

    /** Every value as its exact decimal text (1E+2 = 100 = 100.0). */
    private static JsonNode normal(JsonNode doc) {
        JsonNode out = doc.deepCopy();
        for (JsonNode row : out.get("rows")) {
            JsonNode v = row.get("value");
            ((ObjectNode) row).put("value", v.isNull() ? null : v.decimalValue().stripTrailingZeros().toPlainString());
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"dossiers-daklak-2022-06.csv,2022-06", "dossiers-daklak-2022-06.csv,2022-Q2",
        "dossiers-daklak-2022-06.csv,2022", "dossiers-daklak-2022-06.ndjson,2022-06"})
    void storedSamplesGiveTheIndicatorsOfTheFile(String dossiers, String period) throws IOException {
        Storage storage = TestPostgres.freshStorage();
        String db = TestPostgres.database().jdbcUrl();
        assertThat(CliRun.of("import", "units", sample("units-daklak-2022.csv"), "--db-url", db).exitCode()).isZero();
        assertThat(CliRun.of("import", "procedures", sample("procedures-daklak.csv"), "--db-url", db).exitCode()).isZero();
        CliRun imported = CliRun.of("import", "dossiers", sample(dossiers), "--db-url", db);
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        CliRun file = CliRun.of("indicators", "--units", sample("units-daklak-2022.csv"), "--procedures",
                sample("procedures-daklak.csv"), "--dossiers", sample(dossiers), "--period", period, "--format", "json");
        assertThat(file.exitCode()).as(file.err()).isZero();
        IndicatorsDocument stored = IndicatorsDocument.of(new ReadIndicators(storage).read(new ReadIndicatorsCommand(
                Period.parse(period), null, null, null)));

        JsonNode expected = normal(JSON.readTree(file.out()));
        assertThat(expected.get("rows").size()).isGreaterThan(10);
        assertThat(normal(JSON.readTree(JSON.writeValueAsString(stored)))).isEqualTo(expected);
    }
}
