package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.persistence.jdbi.TestPostgres;

/**
 * {@code import} → {@code export} → {@code import} as a new user tries it: the export of every kind
 * is in the form the import reads, so re-importing it (into the same store or an emptied one)
 * reports every row unchanged against the first import, and the exported files score as the
 * originals do, flags included.
 */
class ExportRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String dbUrl;

    @BeforeEach
    void emptyDatabase() {
        TestPostgres.freshStorage();
        dbUrl = TestPostgres.database().jdbcUrl();
    }

    /** A fresh store: what a new data directory holds. */
    private void freshStore() {
        TestPostgres.freshStorage();
    }

    private Path sample(String name) throws IOException {
        Path file = dir.resolve(name);
        if (Files.exists(file)) {
            return file;
        }
        try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private JsonNode ok(String... args) throws IOException {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private JsonNode importing(String kind, Path file, String... more) throws IOException {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"import", kind, file.toString(), "--db-url", dbUrl, "--format=json"}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return ok(args);
    }

    private Path export(String kind) {
        Path out = dir.resolve("exported-" + kind + "-" + System.nanoTime() + ".csv");
        CliRun run = CliRun.of("export", kind, "--db-url", dbUrl, "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    private static void counts(JsonNode summary, long inserted, long updated, long unchanged) {
        assertThat(summary.get("errors")).isEmpty();
        assertThat(List.of(summary.get("inserted").asLong(), summary.get("updated").asLong(),
                summary.get("unchanged").asLong())).as("inserted, updated, unchanged")
                .isEqualTo(List.of(inserted, updated, unchanged));
    }

    /** The same rows (the export lists them by unit code, the file in its own order), totals and warnings. */
    private static void sameScoreboard(JsonNode actual, JsonNode expected) {
        assertThat(actual.get("rows")).hasSize(expected.get("rows").size());
        assertThat(List.copyOf(toList(actual.get("rows")))).containsExactlyInAnyOrderElementsOf(toList(expected.get("rows")));
        assertThat(actual.get("totals")).isEqualTo(expected.get("totals"));
        assertThat(actual.get("warnings")).isEqualTo(expected.get("warnings"));
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    @Test
    void theWideOnTimeExportOfSeed003RoundTripsWithItsOnTimeColumnsAndScoresTheSame() throws IOException {
        Path units = sample("units-daklak-2018.csv");
        Path results = sample("results-2018-Q1.csv");
        Path targets = sample("targets-2018-Q1.csv");
        importing("units", units);
        counts(importing("results", results, "--period", "2018-Q1"), 31, 0, 0);
        Path exported = export("results");

        counts(importing("results", exported), 0, 0, 31);

        freshStore();
        importing("units", units);
        counts(importing("results", exported), 31, 0, 0);
        counts(importing("results", results, "--period", "2018-Q1"), 0, 0, 31);

        JsonNode original = ok("score", "--units", units.toString(), "--targets", targets.toString(),
                "--results", results.toString(), "--format", "json");
        JsonNode fromExport = ok("score", "--units", units.toString(), "--targets", targets.toString(),
                "--results", exported.toString(), "--format", "json");
        assertThat(original.toString()).contains("CARRY_OVER", "INCONSISTENT_COUNTS", "STATED_RATE_DIFFERS");
        sameScoreboard(fromExport, original);
    }

    @Test
    void theExportedResultsCarryTheOnTimeColumnsAndTheStatedRates() throws IOException {
        importing("units", sample("units-daklak-2018.csv"));
        Path wide = dir.resolve("wide.csv");
        Files.writeString(wide, """
                unit,period,received,resolved,onTime,late,onTimeRate,lateRate
                buon-don,2018-Q1,160,160,153,7,"95,7","4,3"
                so-ngoai-vu,2018-Q1,15,13,13,0,90,0
                """);
        importing("results", wide);

        String csv = Files.readString(export("results"));

        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(
                "unit,indicator,period,numerator,denominator,rate,procedures,received,resolved,onTime,late,onTimeRate,lateRate");
        assertThat(csv).contains("buon-don,ON_TIME_RATE,2018-Q1,153,160,,,160,160,153,7,95.7,4.3",
                "so-ngoai-vu,ON_TIME_RATE,2018-Q1,13,13,,,15,13,13,0,90,0");
        JsonNode scored = ok("score", "--units", sample("units-daklak-2018.csv").toString(), "--results",
                export("results").toString(), "--target", "95", "--format", "json");
        assertThat(scored.toString()).contains("STATED_RATE_DIFFERS");
    }

    @Test
    void theLongFormRoundTripsWithRatesProceduresAndNotAvailable() throws IOException {
        Path units = sample("units-daklak-2022.csv");
        Path baseline = sample("baseline-daklak-2021.csv");
        Path counts = dir.resolve("counts.csv");
        Files.writeString(counts, """
                unit,indicator,period,numerator,denominator
                so-cong-thuong,ONLINE_RATE,2022-H1,450,1000
                so-cong-thuong,DIGITIZATION_RATE,2022-06,0,0
                """);
        importing("units", units);
        counts(importing("results", baseline), 33, 0, 0);
        counts(importing("results", counts), 2, 0, 0);
        Path exported = export("results");

        counts(importing("results", exported), 0, 0, 35);

        freshStore();
        importing("units", units);
        counts(importing("results", exported), 35, 0, 0);
        counts(importing("results", baseline), 0, 0, 33);
        counts(importing("results", counts), 0, 0, 2);
    }

    @Test
    void unitsRoundTripWithAliasesIntoAFreshStore() throws IOException {
        Path units = dir.resolve("units.csv");
        Files.writeString(units, """
                code,name,kind,parent,aliases
                daklak,UBND tỉnh Đắk Lắk,PROVINCE,,Đắk Lắk|Tỉnh Đắk Lắk
                buon-ho,Thị xã Buôn Hồ,DISTRICT,daklak,
                ea-drong,Xã Ea Drông,COMMUNE,buon-ho,Ea Đrông
                so-noi-vu,"Sở Nội vụ, tỉnh",DEPARTMENT,daklak,
                """);
        counts(importing("units", units), 4, 0, 0);
        Path exported = export("units");

        counts(importing("units", exported), 0, 0, 4);

        freshStore();
        counts(importing("units", exported), 4, 0, 0);
        counts(importing("units", units), 0, 0, 4);
    }

    @Test
    void targetsRoundTripWithTheirReasonsIntoAFreshStore() throws IOException {
        Path units = sample("units-daklak-2018.csv");
        Path targets = sample("targets-2018-Q1.csv");
        Path reasons = dir.resolve("reasons.csv");
        Files.writeString(reasons, """
                unit,indicator,period,target,reason
                buon-don,ONLINE_RATE,2018,"62,5",xã khó khăn
                buon-don,EDOC_SENT,2018-06,1200,
                """);
        importing("units", units);
        counts(importing("targets", targets), 31, 0, 0);
        counts(importing("targets", reasons), 2, 0, 0);
        Path exported = export("targets");

        counts(importing("targets", exported), 0, 0, 33);

        freshStore();
        importing("units", units);
        counts(importing("targets", exported), 33, 0, 0);
        counts(importing("targets", targets), 0, 0, 31);
        counts(importing("targets", reasons), 0, 0, 2);
        JsonNode original = ok("score", "--units", units.toString(), "--targets", targets.toString(),
                "--results", sample("results-2018-Q1.csv").toString(), "--format", "json");
        JsonNode fromExport = ok("score", "--units", units.toString(), "--targets", exported.toString(),
                "--results", sample("results-2018-Q1.csv").toString(), "--indicator", "ON_TIME_RATE",
                "--period", "2018-Q1", "--format", "json");
        sameScoreboard(fromExport, original);
    }

    @Test
    void exportsInTheVietnameseExcelStyleReimportUnchanged() throws IOException {
        Path units = sample("units-daklak-2018.csv");
        importing("units", units);
        counts(importing("results", sample("results-2018-Q1.csv"), "--period", "2018-Q1"), 31, 0, 0);
        Path reasons = dir.resolve("reasons.csv");
        Files.writeString(reasons, """
                unit,indicator,period,target,reason
                buon-don,ONLINE_RATE,2018,"62,5",xã khó khăn
                krong-pac,ON_TIME_RATE,2018-Q1,95.25,
                """);
        counts(importing("targets", reasons), 2, 0, 0);
        for (String kind : List.of("units", "results", "targets")) {
            Path out = dir.resolve("excel-" + kind + ".csv");
            CliRun run = CliRun.of("export", kind, "--db-url", dbUrl, "--out", out.toString(), "--csv-style", "excel");
            assertThat(run.exitCode()).as(run.err()).isZero();
            String text = Files.readString(out, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).as(kind).startsWith("\uFEFF").contains(";");
            JsonNode again = importing(kind, out);
            assertThat(again.get("errors")).as(kind).isEmpty();
            assertThat(again.get("inserted").asLong() + again.get("updated").asLong()).as(kind + " changed nothing")
                    .isZero();
            assertThat(again.get("unchanged").asLong()).as(kind).isPositive();
            if (kind.equals("results")) {
                // the stated rate 95.7 of Buôn Đôn with a decimal comma, exact
                assertThat(text).contains("buon-don;ON_TIME_RATE;2018-Q1;153;160;;;227;160;153;7;95,7;4,3");
            }
            if (kind.equals("targets")) {
                assertThat(text).contains("krong-pac;ON_TIME_RATE;2018-Q1;95,25;").contains("62,5");
            }
        }
    }
}
