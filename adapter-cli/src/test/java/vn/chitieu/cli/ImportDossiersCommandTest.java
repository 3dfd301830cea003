package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.application.dossier.ComputedIndicators;
import vn.chitieu.application.dossier.ReadIndicators;
import vn.chitieu.application.dossier.ReadIndicatorsCommand;
import vn.chitieu.cli.dossier.DossierGenerator;
import vn.chitieu.cli.dossier.GeneratedDossier;
import vn.chitieu.cli.dossier.NaiveIndicators;
import vn.chitieu.dossier.IndicatorFigure;
import vn.chitieu.fixtures.DakLakUnits;
import vn.chitieu.period.Period;
import vn.chitieu.persistence.jdbi.TestPostgres;
import vn.chitieu.port.out.Storage;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;

/**
 * {@code import procedures} and {@code import dossiers} into PostgreSQL as a user runs them, and the
 * indicators then read from the stored counts against the independent reading of domain.md §9
 * ({@link NaiveIndicators}) on generated dossiers: after a first import, after a later file that finishes,
 * moves and corrects dossiers, and unchanged by a re-import or a refused file.
 */
class ImportDossiersCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[][] PROCEDURES = {
        {"1.001", "FULL", "true"}, {"1.002", "FULL", "false"}, {"1.003", "PARTIAL", "true"}, {"1.004", "PARTIAL", "false"},
        {"1.005", "NONE", "true"}, {"1.006", "NONE", "false"},
    };

    @TempDir
    Path dir;
    private String dbUrl;
    private Storage storage;
    private List<Unit> units;

    @BeforeEach
    void registryAndProcedures() throws IOException {
        storage = TestPostgres.freshStorage();
        dbUrl = TestPostgres.database().jdbcUrl();
        units = threeTier();
        StringBuilder u = new StringBuilder("code,name,kind,parent\n");
        for (Unit unit : units) {
            u.append(unit.code()).append(",\"").append(unit.name()).append("\",").append(unit.kind()).append(',')
                    .append(unit.parent() == null ? "" : unit.parent().value()).append('\n');
        }
        assertThat(run("import", "units", write("units.csv", u.toString()).toString()).exitCode()).isZero();
        StringBuilder p = new StringBuilder("code,name,level,onlinePayment\n");
        for (String[] proc : PROCEDURES) {
            p.append(proc[0]).append(",Thủ tục ").append(proc[0]).append(',').append(proc[1]).append(',').append(proc[2])
                    .append('\n');
        }
        JsonNode procedures = json(run("import", "procedures", write("procedures.csv", p.toString()).toString(),
                "--format", "json"));
        assertThat(procedures.get("kind").asText()).isEqualTo("procedures");
        assertThat(procedures.get("inserted").asLong()).isEqualTo(PROCEDURES.length);
    }

    private static List<Unit> threeTier() {
        List<Unit> units = new ArrayList<>(DakLakUnits.of2022());
        List<Unit> communes = new ArrayList<>();
        for (Unit u : units) {
            if (u.kind() == UnitKind.DISTRICT) {
                for (int i = 1; i <= 2; i++) {
                    communes.add(new Unit(UnitCode.of(u.code().value() + "-xa-" + i), "Xã Số " + i + " "
                            + u.name().replace("UBND ", ""), UnitKind.COMMUNE, u.code()));
                }
            }
        }
        units.addAll(communes);
        return units;
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db-url");
        all.add(dbUrl);
        return CliRun.of(all.toArray(String[]::new));
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static JsonNode json(CliRun run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private List<GeneratedDossier> generate(long seed, int n) {
        List<List<String>> names = new ArrayList<>();
        for (Unit u : units) {
            names.add(List.of(u.name()));
        }
        return new DossierGenerator(seed).dossiers(n, units.stream().map(u -> u.code().value()).toList(), names,
                java.util.Arrays.stream(PROCEDURES).map(p -> p[0]).toList(), 2025, 6);
    }

    private Path csv(String name, List<GeneratedDossier> dossiers, long seed) throws IOException {
        Path p = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            new DossierGenerator(seed).writeCsv(w, dossiers, DossierGenerator.Headers.NATIONAL, ',', true);
        }
        return p;
    }

    private GeneratedDossier byCode(GeneratedDossier d) {
        String code = units.stream().filter(u -> u.name().equals(d.unit()) || u.code().value().equals(d.unit()))
                .findFirst().orElseThrow().code().value();
        return new GeneratedDossier(d.code(), d.procedure(), code, d.channel(), d.received(), d.due(), d.finished(),
                d.status(), d.paidOnline(), d.fee(), d.digitized(), d.eResult());
    }

    /** Every (unit, indicator) read from the stored counts for the period equals the independent count. */
    private void assertStoredAsNaive(List<GeneratedDossier> dossiers, String period, LocalDate first, LocalDate last) {
        Map<String, String> parent = new HashMap<>();
        Map<String, String> codeOfName = new HashMap<>();
        for (Unit u : units) {
            parent.put(u.code().value(), u.parent() == null ? null : u.parent().value());
            codeOfName.put(u.name(), u.code().value());
            codeOfName.put(u.code().value(), u.code().value());
        }
        Map<String, String[]> meant = new HashMap<>();
        Map<String, NaiveIndicators.Proc> procs = new HashMap<>();
        for (String[] p : PROCEDURES) {
            procs.put(p[0], new NaiveIndicators.Proc(p[0], p[1], Boolean.parseBoolean(p[2])));
            meant.put(p[0], p);
        }
        Map<String, Map<String, NaiveIndicators.Figure>> expected = NaiveIndicators.compute(
                units.stream().map(u -> u.code().value()).toList(), parent::get, dossiers, d -> codeOfName.get(d.unit()),
                procs, first, last);
        ComputedIndicators stored = new ReadIndicators(storage).read(new ReadIndicatorsCommand(Period.parse(period), null,
                null, null));
        Map<String, Map<String, NaiveIndicators.Figure>> actual = new LinkedHashMap<>();
        for (IndicatorFigure f : stored.figures()) {
            actual.computeIfAbsent(f.unit().value(), k -> new LinkedHashMap<>()).put(f.indicator().value(),
                    new NaiveIndicators.Figure(f.numerator(), f.denominator()));
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(expected.size()).as("units with dossiers").isGreaterThan(5);
        long excluded = dossiers.stream().filter(d -> d.status() == 1 || d.status() == 3 || d.status() == 7).count();
        assertThat(stored.read()).isEqualTo(dossiers.size());
        assertThat(stored.excluded()).isEqualTo(excluded);
    }

    @Test
    void importedDossiersAreCountedAsTheRulesSayAndTheSameFileAgainChangesNothing() throws IOException {
        List<GeneratedDossier> dossiers = generate(21, 3000);
        Path file = csv("hoso-2025-06.csv", dossiers, 31);

        JsonNode first = json(run("import", "dossiers", file.toString(), "--format", "json"));
        assertThat(first.get("kind").asText()).isEqualTo("dossiers");
        assertThat(first.get("inserted").asLong()).isEqualTo(3000);
        assertStoredAsNaive(dossiers, "2025-06", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));
        assertStoredAsNaive(dossiers, "2025-Q2", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
        assertStoredAsNaive(dossiers, "2025-07", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31));
        assertStoredAsNaive(dossiers, "2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

        JsonNode again = json(run("import", "dossiers", file.toString(), "--format", "json"));
        assertThat(again.get("inserted").asLong()).isZero();
        assertThat(again.get("updated").asLong()).isZero();
        assertThat(again.get("unchanged").asLong()).isEqualTo(3000);
        assertStoredAsNaive(dossiers, "2025-06", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));
    }

    @Test
    void aLaterFileUpdatesTheStoredDossiersAndTheCountsFollow() throws IOException {
        List<GeneratedDossier> june = generate(22, 2000);
        assertThat(run("import", "dossiers", csv("june.csv", june, 32).toString()).exitCode()).isZero();
        // the next synchronisation: pending dossiers finished (some late), every 7th moved to another unit,
        // every 11th with its received time corrected by two months (another partition), 50 new ones
        List<GeneratedDossier> later = new ArrayList<>();
        for (int i = 0; i < june.size(); i++) {
            GeneratedDossier d = june.get(i);
            if (i % 3 == 0 && d.finished() == null && d.status() != 1 && d.status() != 3 && d.status() != 7) {
                d = new GeneratedDossier(d.code(), d.procedure(), d.unit(), d.channel(), d.received(), d.due(),
                        d.received().plusDays(i % 20), 10, d.fee() > 0 ? 1 : 0, d.fee(), d.digitized(), true);
            }
            if (i % 7 == 0) {
                d = new GeneratedDossier(d.code(), d.procedure(), units.get(i % units.size()).code().value(), d.channel(),
                        d.received(), d.due(), d.finished(), d.status(), d.paidOnline(), d.fee(), d.digitized(), d.eResult());
            }
            if (i % 11 == 0 && d.status() != 1 && d.status() != 3) { // (a never-received one may be written without it)
                d = new GeneratedDossier(d.code(), d.procedure(), d.unit(), d.channel(), d.received().minusMonths(2),
                        d.due(), d.finished(), d.status(), d.paidOnline(), d.fee(), d.digitized(), d.eResult());
            }
            later.add(d);
        }
        List<GeneratedDossier> fresh = generate(23, 2050).subList(2000, 2050);
        later.addAll(fresh);

        // a dossier the synchronisation did not change comes as the same line (a never-received one's empty
        // received time stays empty)
        List<String> juneLines = Files.readAllLines(dir.resolve("june.csv"), StandardCharsets.UTF_8);
        List<String> laterLines = Files.readAllLines(csv("later.csv", later, 33), StandardCharsets.UTF_8);
        for (int i = 0; i < june.size(); i++) {
            if (june.get(i).equals(later.get(i))) {
                laterLines.set(i + 1, juneLines.get(i + 1));
            }
        }
        Path july = write("july.csv", String.join("\n", laterLines) + "\n");

        JsonNode s = json(run("import", "dossiers", july.toString(), "--format", "json"));

        long changed = 0;
        for (int i = 0; i < june.size(); i++) {
            changed += byCode(june.get(i)).equals(byCode(later.get(i))) ? 0 : 1; // a unit's name or code: the same unit
        }
        assertThat(changed).isGreaterThan(300);
        assertThat(s.get("inserted").asLong()).isEqualTo(50);
        assertThat(s.get("updated").asLong()).isEqualTo(changed);
        assertThat(s.get("unchanged").asLong()).isEqualTo(2000 - changed);
        assertStoredAsNaive(later, "2025-06", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));
        assertStoredAsNaive(later, "2025-Q2", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
        assertStoredAsNaive(later, "2025-H2", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31));
    }

    @Test
    void aFileWithBadRecordsExitsTwoListingThemAllAndStoresNothing() throws IOException {
        List<GeneratedDossier> dossiers = generate(24, 200);
        Path good = csv("good.csv", dossiers, 34);
        List<String> lines = new ArrayList<>(Files.readAllLines(good, StandardCharsets.UTF_8));
        String[] cells = lines.get(5).split(",", -1);
        cells[1] = "9.999";
        lines.set(5, String.join(",", cells));
        String[] status = lines.get(150).split(",", -1);
        status[7] = "12";
        lines.set(150, String.join(",", status));
        Path bad = write("bad.csv", String.join("\n", lines) + "\n");

        CliRun run = run("import", "dossiers", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.csv:6").contains("9.999").contains("bad.csv:151").contains("'12'");
        assertThat(storage.dossiers().size()).isZero();
        assertThat(new ReadIndicators(storage).read(new ReadIndicatorsCommand(Period.parse("2025-06"), null, null, null))
                .figures()).isEmpty();
    }

    @Test
    void aCodeLongerThanTheStoreKeysIsRefusedOnItsLineNotAsAnInternalError() throws IOException {
        String longCode = "H" + "0123456789".repeat(900); // 9,001 characters: past PostgreSQL's largest index row
        Path procedures = write("long-procedures.csv", "code,name,level,onlinePayment\n" + longCode + ",Dài,FULL,1\n");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv("good.csv", generate(25, 20), 35), StandardCharsets.UTF_8));
        String[] cells = lines.get(3).split(",", -1);
        cells[0] = longCode;
        lines.set(3, String.join(",", cells));
        Path dossiers = write("long-dossiers.csv", String.join("\n", lines) + "\n");

        CliRun procedureRun = run("import", "procedures", procedures.toString(), "--lang", "en");
        CliRun dossierRun = run("import", "dossiers", dossiers.toString());

        assertThat(procedureRun.exitCode()).as(procedureRun.err()).isEqualTo(2);
        assertThat(procedureRun.err()).contains("long-procedures.csv:2: column 'code'",
                "a procedure code has at most 200 characters", "value '" + longCode.substring(0, 120) + "…'")
                .doesNotContain("internal error", "Exception", longCode);
        assertThat(dossierRun.exitCode()).as(dossierRun.err()).isEqualTo(2);
        assertThat(dossierRun.err()).contains("long-dossiers.csv:4: cột '", "': mã hồ sơ có tối đa 200 ký tự")
                .doesNotContain("internal error", "Exception");
        assertThat(storage.dossiers().size()).isZero();
        assertThat(storage.dossiers().procedures()).hasSize(PROCEDURES.length);
    }

    @Test
    void aReasonOfMoreThanTwoThousandCharactersIsRefusedAsTheOptionAndNothingIsStored() throws IOException {
        Path procedures = write("more.csv", "code,name,level,onlinePayment\n1.099,Thủ tục mới,FULL,1\n");

        CliRun run = run("import", "procedures", procedures.toString(), "--reason", "r".repeat(2001));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("tùy chọn '--reason'", "tối đa 2000 ký tự (đã ghi 2001)");
        assertThat(storage.dossiers().procedures()).hasSize(PROCEDURES.length);
    }
}
