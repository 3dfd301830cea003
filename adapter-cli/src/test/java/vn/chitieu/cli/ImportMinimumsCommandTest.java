package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.allocation.Minimum;
import vn.chitieu.persistence.jdbi.TestPostgres;
import vn.chitieu.unit.UnitKind;

/** {@code import minimums F --db-url …}: the 876/QĐ-BNV minima stored all or nothing, and idempotently. */
class ImportMinimumsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path MINIMUMS = Path.of("src/main/resources/samples/minimums-876-bnv.csv");

    @TempDir
    Path dir;

    private String dbUrl;

    @BeforeEach
    void emptyDatabase() {
        TestPostgres.freshStorage();
        dbUrl = TestPostgres.database().jdbcUrl();
    }

    @Test
    void theSampleMinimaAreStoredOnceAndAReimportChangesNothing() throws IOException {
        CliRun first = CliRun.of("import", "minimums", MINIMUMS.toString(), "--db-url", dbUrl, "--format", "json");
        CliRun second = CliRun.of("import", "minimums", MINIMUMS.toString(), "--db-url", dbUrl, "--format", "json");

        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode j1 = JSON.readTree(first.out());
        assertThat(j1.get("kind").asText()).isEqualTo("minimums");
        assertThat(j1.get("inserted").asLong()).isEqualTo(4);
        assertThat(second.exitCode()).as(second.err()).isZero();
        JsonNode j2 = JSON.readTree(second.out());
        assertThat(j2.get("inserted").asLong()).isZero();
        assertThat(j2.get("unchanged").asLong()).isEqualTo(4);
        assertThat(TestPostgres.database().storage().minimums().all().all())
                .extracting(Minimum::kind)
                .containsExactly(UnitKind.DISTRICT_OFFICE, UnitKind.WARD, UnitKind.TOWNSHIP, UnitKind.COMMUNE);
    }

    @Test
    void aFileWithBadLinesIsRefusedWithExit2AndStoresNothing() throws IOException {
        Path bad = Files.writeString(dir.resolve("minimums.csv"), "source;indicator;kind;minimum\n"
                + "876/QĐ-BNV;DIGITIZATION_RATE;COMMUNE;15\n876/QĐ-BNV;DIGITIZATION_RATE;WARD;-1\n"
                + "876/QĐ-BNV;EDOC_SENT;THON;5\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("import", "minimums", bad.toString(), "--db-url", dbUrl, "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("minimums.csv:3: column 'minimum', value '-1'")
                .contains("minimums.csv:4: column 'kind', value 'THON'");
        assertThat(TestPostgres.database().storage().minimums().all().isEmpty()).isTrue();
    }
}
