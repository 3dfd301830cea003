package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.persistence.embedded.Database;
import vn.chitieu.persistence.jdbi.TestPostgres;

/** {@code import} and {@code export} as a user runs them, on a real PostgreSQL. */
class ImportExportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String dbUrl;
    private Path units;
    private Path baseline;
    private Path targets;

    @BeforeEach
    void emptyDatabaseAndTheSeedFiles() throws IOException {
        TestPostgres.freshStorage();
        dbUrl = TestPostgres.database().jdbcUrl();
        units = seed("units.csv");
        baseline = seed("baseline-2021.csv");
        targets = seed("expected-targets-2022.csv");
    }

    private Path seed(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/daklak-2022/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private CliRun run(String... args) {
        return CliRun.of(args);
    }

    private JsonNode json(CliRun run) throws IOException {
        return JSON.readTree(run.out());
    }

    @Test
    void importingTheSeedUnitsTwiceLeavesTheSameRows() throws IOException {
        CliRun first = run("import", "units", units.toString(), "--db-url", dbUrl, "--format", "json");
        CliRun second = run("import", "units", units.toString(), "--db-url", dbUrl, "--format", "json");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(json(first).get("inserted").asLong()).isEqualTo(34);
        assertThat(second.exitCode()).isZero();
        assertThat(json(second).get("inserted").asLong()).isZero();
        assertThat(json(second).get("updated").asLong()).isZero();
        assertThat(json(second).get("unchanged").asLong()).isEqualTo(34);
        assertThat(json(second).get("errors")).isEmpty();
        CliRun export = run("export", "units", "--db-url", dbUrl);
        assertThat(export.out().lines().skip(1).toList()).hasSize(34)
                .contains("so-lao-dong-thuong-binh-va-xa-hoi,\"Sở Lao động, Thương binh và Xã hội\",DEPARTMENT,daklak,");
    }

    @Test
    void aResultsFileWithOneBadRowLeavesTheDatabaseUntouchedAndNamesTheRow() throws IOException {
        run("import", "units", units.toString(), "--db-url", dbUrl);
        assertThat(run("import", "results", baseline.toString(), "--db-url", dbUrl).exitCode()).isZero();
        List<String> lines = Files.readAllLines(baseline);
        lines.set(1, lines.get(1).replace("\"99,96%\"", "\"55%\""));
        lines.set(6, lines.get(6).replace("so-", "so-khong-co-"));
        Path bad = dir.resolve("baseline-bad.csv");
        Files.write(bad, lines);

        CliRun run = run("import", "results", bad.toString(), "--db-url", dbUrl, "--format", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("baseline-bad.csv:7").contains("unit");
        assertThat(run.err()).doesNotContain(":2:");
        CliRun export = run("export", "results", "--db-url", dbUrl);
        assertThat(export.out()).contains("so-cong-thuong,ONLINE_RATE,2021,,,99.96,118");
        assertThat(export.out().lines().skip(1).toList()).hasSize(33);
    }

    @Test
    void reImportingResultsChangesNothingAndExportGivesThemBack() throws IOException {
        run("import", "units", units.toString(), "--db-url", dbUrl);
        CliRun first = run("import", "results", baseline.toString(), "--db-url", dbUrl, "--format", "json");
        Path exported = dir.resolve("exported.csv");
        run("export", "results", "--db-url", dbUrl, "--out", exported.toString());

        CliRun again = run("import", "results", exported.toString(), "--db-url", dbUrl, "--format", "json");

        assertThat(json(first).get("inserted").asLong()).isEqualTo(33);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(json(again).get("unchanged").asLong()).isEqualTo(33);
        assertThat(Files.readString(exported)).contains("ban-quan-ly-cac-khu-cong-nghiep-tinh,ONLINE_RATE,2021,,,,9");
    }

    @Test
    void aNameThatStartsLikeAFormulaIsExportedNeutralisedAndReadsBackUnchanged() throws IOException {
        String hyperlink = "=HYPERLINK(\"http://x\",\"y\")";
        Path file = dir.resolve("evil-units.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(units).stream().map(l -> l + ",").toList());
        lines.set(0, "code,name,kind,parent,aliases");
        lines.add("evil,\"" + hyperlink.replace("\"", "\"\"") + "\",COMMUNE,buon-ho,+cmd|' /C calc'!A0");
        Files.write(file, lines);
        assertThat(run("import", "units", file.toString(), "--db-url", dbUrl).exitCode()).isZero();

        Path csv = dir.resolve("units-out.csv");
        CliRun export = run("export", "units", "--db-url", dbUrl, "--out", csv.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readAllLines(csv)).contains("evil,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",COMMUNE,buon-ho,"
                + "'+cmd|' /C calc'!A0");
        CliRun again = run("import", "units", csv.toString(), "--db-url", dbUrl, "--format", "json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(json(again).get("unchanged").asLong()).isEqualTo(35);

        CliRun asJson = run("export", "units", "--db-url", dbUrl, "--format", "json");
        assertThat(asJson.exitCode()).as(asJson.err()).isZero();
        JsonNode evil = null;
        for (JsonNode r : json(asJson).get("rows")) {
            evil = r.get("code").asText().equals("evil") ? r : evil;
        }
        assertThat(evil).isNotNull();
        assertThat(evil.get("name").asText()).isEqualTo(hyperlink);
    }

    @Test
    void exportTakesEveryOutputFormatByOptionOrByTheOutFilesExtension() throws IOException {
        run("import", "units", units.toString(), "--db-url", dbUrl);
        run("import", "results", baseline.toString(), "--db-url", dbUrl);
        CliRun json = run("export", "results", "--db-url", dbUrl, "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json(json).get("rows")).hasSize(33);
        assertThat(json(json).get("rows").get(0).has("rate")).isTrue();
        CliRun md = run("export", "units", "--db-url", dbUrl, "--format", "md");
        assertThat(md.exitCode()).as(md.err()).isZero();
        assertThat(md.out()).contains("| code |", "| so-cong-thuong |");
        for (String ext : List.of("xlsx", "html", "md", "json", "txt", "csv")) {
            Path out = dir.resolve("targets-export." + ext);
            CliRun run = run("export", "units", "--db-url", dbUrl, "--out", out.toString());
            assertThat(run.exitCode()).as(ext + ": " + run.err()).isZero();
            assertThat(Files.size(out)).as(ext).isPositive();
        }
        assertThat(Files.readString(dir.resolve("targets-export.csv"))).startsWith("code,name,kind,parent,aliases");
        assertThat(run("export", "units", "--db-url", dbUrl).out()).startsWith("code,name,kind,parent,aliases");
    }

    @Test
    void importRefusesRatesAndTargetsAbove100NamingTheirCell() throws IOException {
        run("import", "units", units.toString(), "--db-url", dbUrl);
        Path results = dir.resolve("r.csv");
        Files.writeString(results, "unit,indicator,period,rate\nso-noi-vu,ONLINE_RATE,2021,150\n");
        CliRun r = run("import", "results", results.toString(), "--db-url", dbUrl, "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("r.csv:2: column 'rate', value '150'", "0–100 %");
        Path targets = dir.resolve("t.csv");
        Files.writeString(targets, "unit,indicator,period,target\nso-noi-vu,ONLINE_RATE,2022,150\n");
        CliRun t = run("import", "targets", targets.toString(), "--db-url", dbUrl, "--lang", "en");
        assertThat(t.exitCode()).isEqualTo(2);
        assertThat(t.err()).contains("t.csv:2: column 'target', value '150'", "0–100 %");
        assertThat(run("export", "results", "--db-url", dbUrl).out().lines().count()).isEqualTo(1);
        assertThat(run("export", "targets", "--db-url", dbUrl).out().lines().count()).isEqualTo(1);
    }

    @Test
    void aDryRunSaysWhatWouldHappenAndStoresNothing() throws IOException {
        run("import", "units", units.toString(), "--db-url", dbUrl);

        CliRun dry = run("import", "results", baseline.toString(), "--db-url", dbUrl, "--dry-run", "--format", "json");

        assertThat(json(dry).get("dryRun").asBoolean()).isTrue();
        assertThat(json(dry).get("inserted").asLong()).isEqualTo(33);
        assertThat(run("export", "results", "--db-url", dbUrl).out().lines().count()).isEqualTo(1);
    }

    @Test
    void targetsGoToADraftDecisionOfTheirYear() throws IOException {
        run("import", "units", units.toString(), "--db-url", dbUrl);

        CliRun imported = run("import", "targets", targets.toString(), "--db-url", dbUrl, "--format", "json");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(json(imported).get("inserted").asLong()).isEqualTo(33);
        String export = run("export", "targets", "--db-url", dbUrl).out();
        assertThat(export.lines().findFirst()).contains("unit,indicator,period,target,reason,decision,status");
        assertThat(export).contains("so-noi-vu,ONLINE_RATE,2022,87,,").contains(",DRAFT");
    }

    @Test
    void theWideOnTimeExportOfSeed003IsImportedAsOnTimeRates() throws IOException {
        Path units2018 = dir.resolve("units-2018.csv");
        Files.writeString(units2018, """
                code,name,kind,parent
                daklak,UBND tỉnh Đắk Lắk,PROVINCE,
                ban-dan-toc,Ban Dân tộc,DEPARTMENT,daklak
                so-ngoai-vu,Sở Ngoại vụ,DEPARTMENT,daklak
                buon-don,UBND huyện Buôn Đôn,DISTRICT,daklak
                """);
        Path wide = dir.resolve("phu-luc-2.csv");
        Files.writeString(wide, """
                STT;Tên cơ quan;Số lượng tiếp nhận;Đã giải quyết;Đúng hạn SL;Đúng hạn TL (%);Trễ hạn SL;Trễ hạn TL (%)
                I. CÁC SỞ, BAN, NGÀNH;;;;;;;
                1;Ban Dân tộc;3;3;3;100;0;0
                2;Sở Ngoại vụ;15;13;13;100;0;0
                II. UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ;;;;;;;
                3;Buôn Đôn;160;160;153;95,7;7;4,3
                """);
        run("import", "units", units2018.toString(), "--db-url", dbUrl);

        CliRun imported = run("import", "results", wide.toString(), "--period", "2018-Q1", "--db-url", dbUrl,
                "--format", "json");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(json(imported).get("inserted").asLong()).isEqualTo(3);
        assertThat(run("export", "results", "--db-url", dbUrl).out())
                .contains("buon-don,ON_TIME_RATE,2018-Q1,153,160,,");
    }

    @Test
    void aBadRowOfTheWideExportIsNamedByItsOwnLinePastTheSectionRows() throws IOException {
        Path units2018 = dir.resolve("units-2018.csv");
        Files.writeString(units2018, """
                code,name,kind,parent
                daklak,UBND tỉnh Đắk Lắk,PROVINCE,
                ban-dan-toc,Ban Dân tộc,DEPARTMENT,daklak
                buon-don,UBND huyện Buôn Đôn,DISTRICT,daklak
                """);
        Path wide = dir.resolve("phu-luc-2.csv");
        Files.writeString(wide, """
                STT;Tên cơ quan;Số lượng tiếp nhận;Đã giải quyết;Đúng hạn SL;Đúng hạn TL (%);Trễ hạn SL;Trễ hạn TL (%)
                I. CÁC SỞ, BAN, NGÀNH;;;;;;;
                1;Ban Dân tộc;3;3;3;100;0;0
                II. UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ;;;;;;;
                2;Buôn Đôn;160;160;1006 3;95,7;7;4,3
                """);
        run("import", "units", units2018.toString(), "--db-url", dbUrl);

        CliRun imported = run("import", "results", wide.toString(), "--period", "2018-Q1", "--db-url", dbUrl);

        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err()).contains("phu-luc-2.csv:5").contains("1006 3");
        assertThat(run("export", "results", "--db-url", dbUrl).out().lines().count()).as("nothing stored").isEqualTo(1);
    }

    @Test
    void targetsNeedAnIssuerWhenTheRegistryIsEmpty() {
        CliRun run = run("import", "targets", targets.toString(), "--db-url", dbUrl);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--issuer");
    }

    @Test
    void theEmbeddedDefaultKeepsWhatWasImportedInItsDataDirectory() {
        Path data = dir.resolve("chitieu-data");

        CliRun imported = run("import", "units", units.toString(), "--data-dir", data.toString());
        CliRun exported = run("export", "units", "--data-dir", data.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(exported.out().lines().skip(1).toList()).hasSize(34);
        assertThat(data.resolve("PG_VERSION")).exists();
    }

    @Test
    void aDataDirectoryInUseByARunningServerIsRefusedWithoutStoppingIt() {
        Path data = dir.resolve("chitieu-data");
        try (Database running = Database.embedded(data)) {
            CliRun refused = run("import", "units", units.toString(), "--data-dir", data.toString());

            assertThat(refused.exitCode()).as(refused.err()).isEqualTo(1);
            assertThat(refused.err()).contains("is in use by a running chitieu process").contains("--data-dir")
                    .doesNotContain("internal error");
            assertThat(running.storage().units().tree().size()).as("the running server still answers").isZero();
        }
    }

    @Test
    void aDatabaseBehindThisVersionIsNotMigratedUnlessAsked() {
        String name = "behind_" + System.nanoTime();
        var server = TestPostgres.database().storage().jdbi();
        server.useHandle(h -> h.execute("CREATE DATABASE " + name));
        String url = dbUrl.replaceFirst("/postgres\\?", "/" + name + "?");
        try {
            CliRun refused = run("export", "units", "--db-url", url, "--lang", "en");
            CliRun migrated = run("export", "units", "--db-url", url, "--migrate");

            assertThat(refused.exitCode()).as(refused.err()).isEqualTo(1);
            assertThat(refused.err()).contains("needs migrations").contains("--migrate").doesNotContain("internal error");
            assertThat(migrated.exitCode()).as(migrated.err()).isZero();
        } finally {
            server.useHandle(h -> h.execute("DROP DATABASE " + name + " WITH (FORCE)"));
        }
    }

    @Test
    void aUrlAndADataDirectoryTogetherAreAUsageError() {
        CliRun run = run("export", "units", "--db-url", dbUrl, "--data-dir", dir.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not both");
    }
}
