package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.audit.AuditAction;
import vn.chitieu.audit.AuditEntry;
import vn.chitieu.persistence.jdbi.TestPostgres;

/**
 * {@code approve} and {@code reopen} as a user runs them, on a real PostgreSQL, with seed 003's
 * Q1 2018 on-time results: once the province approves 2018-Q1, a re-import with Sở Nội vụ's count
 * changed (0 % → 100 %, the example) is refused and changes nothing; after {@code reopen
 * --reason} it goes through, and the audit log holds the approval, the re-opening with its reason
 * and the changed value.
 */
class ApprovalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String dbUrl;
    private Path units;
    private Path results;
    private Path changed;

    @BeforeEach
    void theSeedInTheStore() throws IOException {
        TestPostgres.freshStorage();
        dbUrl = TestPostgres.database().jdbcUrl();
        units = sample("units-daklak-2018.csv");
        results = sample("results-2018-Q1.csv");
        List<String> lines = Files.readAllLines(results);
        int noiVu = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Sở Nội vụ,")) {
                noiVu = i;
            }
        }
        assertThat(lines.get(noiVu)).isEqualTo("Sở Nội vụ,2018-Q1,149,0,0,110,0,100");
        lines.set(noiVu, "Sở Nội vụ,2018-Q1,149,110,110,0,100,0");
        changed = dir.resolve("results-2018-Q1-changed.csv");
        Files.write(changed, lines);
        ok("import", "units", units.toString(), "--db-url", dbUrl);
        ok("import", "results", results.toString(), "--db-url", dbUrl);
    }

    private Path sample(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isZero();
        return run;
    }

    private JsonNode noiVuRow() throws IOException {
        JsonNode board = JSON.readTree(ok("score", "--db-url", dbUrl, "--indicator", "ON_TIME_RATE", "--period",
                "2018-Q1", "--target", "95", "--format", "json").out());
        List<JsonNode> rows = new ArrayList<>();
        board.get("rows").forEach(r -> {
            if (r.get("unit").asText().equals("so-noi-vu")) {
                rows.add(r);
            }
        });
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static List<AuditEntry> audit(AuditAction... actions) {
        List<AuditAction> wanted = List.of(actions);
        return TestPostgres.database().storage().auditLog().all().stream().filter(e -> wanted.contains(e.action()))
                .toList();
    }

    @Test
    void anApprovedQuarterRefusesAChangedReImportUntilReOpenedWithAReasonAndTheAuditShowsAllOfIt() throws IOException {
        assertThat(noiVuRow().get("value").decimalValue()).isEqualByComparingTo("0");
        assertThat(noiVuRow().has("approved")).isFalse();

        CliRun approve = ok("approve", "--unit", "daklak", "--period", "2018-Q1", "--db-url", dbUrl, "--actor", "Lan");
        assertThat(approve.out().lines().toList()).singleElement().asString().contains("daklak", "Quý I/2018");

        CliRun refused = CliRun.of("import", "results", changed.toString(), "--db-url", dbUrl);
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(1);
        assertThat(refused.err()).contains("kỳ đã bị khóa do đã duyệt", "daklak 2018-Q1", "Lan").doesNotContain("\tat ");
        JsonNode locked = noiVuRow();
        assertThat(locked.get("value").decimalValue()).isEqualByComparingTo("0");
        assertThat(locked.get("approved").asBoolean()).isTrue();
        assertThat(locked.get("approval").get("unit").asText()).isEqualTo("daklak");
        assertThat(locked.get("approval").get("period").asText()).isEqualTo("2018-Q1");
        assertThat(locked.get("approval").get("approvedBy").asText()).isEqualTo("Lan");
        assertThat(audit(AuditAction.RESULT_CHANGED)).isEmpty();

        CliRun noReason = CliRun.of("reopen", "--unit", "daklak", "--period", "2018-Q1", "--db-url", dbUrl);
        assertThat(noReason.exitCode()).isEqualTo(2);
        ok("reopen", "--unit", "UBND tỉnh Đắk Lắk", "--period", "2018-Q1", "--reason", "Sở Nội vụ báo cáo lại số liệu",
                "--db-url", dbUrl, "--actor", "Minh");
        CliRun after = ok("import", "results", changed.toString(), "--db-url", dbUrl, "--format", "json");

        assertThat(JSON.readTree(after.out()).get("updated").asLong()).isEqualTo(1);
        assertThat(noiVuRow().get("value").decimalValue()).isEqualByComparingTo("100");
        assertThat(noiVuRow().has("approved")).isFalse();
        List<AuditEntry> trail = audit(AuditAction.PERIOD_APPROVED, AuditAction.PERIOD_REOPENED,
                AuditAction.RESULT_CHANGED);
        assertThat(trail).extracting(AuditEntry::action).containsExactly(AuditAction.PERIOD_APPROVED,
                AuditAction.PERIOD_REOPENED, AuditAction.RESULT_CHANGED);
        assertThat(trail.get(0).actor().name()).isEqualTo("Lan");
        assertThat(trail.get(1).actor().name()).isEqualTo("Minh");
        assertThat(trail.get(1).reason()).isEqualTo("Sở Nội vụ báo cáo lại số liệu");
        assertThat(trail.get(2).subject()).isEqualTo("result/ON_TIME_RATE/so-noi-vu/2018-Q1");
        assertThat(trail.get(2).oldValue()).contains("numerator=0");
        assertThat(trail.get(2).newValue()).contains("numerator=110");
    }

    @Test
    void approvingTwiceIsRefusedAndReOpeningWhatIsNotApprovedToo() throws IOException {
        CliRun json = ok("approve", "--unit", "so-noi-vu", "--period", "2018", "--db-url", dbUrl, "--format", "json");
        JsonNode lock = JSON.readTree(json.out());
        assertThat(lock.get("unit").asText()).isEqualTo("so-noi-vu");
        assertThat(lock.get("period").asText()).isEqualTo("2018");
        assertThat(lock.get("approved").asBoolean()).isTrue();
        assertThat(lock.get("approvedAt").asText()).isNotBlank();

        CliRun again = CliRun.of("approve", "--unit", "so-noi-vu", "--period", "2018-Q1", "--db-url", dbUrl);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("đã được duyệt", "so-noi-vu 2018");
        CliRun notApproved = CliRun.of("reopen", "--unit", "daklak", "--period", "2018", "--reason", "x",
                "--db-url", dbUrl);
        assertThat(notApproved.exitCode()).isEqualTo(1);
        assertThat(notApproved.err()).contains("chưa được duyệt");
        CliRun unknown = CliRun.of("approve", "--unit", "Huyện Không Có", "--period", "2018", "--db-url", dbUrl);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Huyện Không Có");
    }

    @Test
    void theStoredScoreboardTableHasAnApprovedColumn() {
        ok("approve", "--unit", "krong-pac", "--period", "2018-Q1", "--db-url", dbUrl);

        String table = ok("score", "--db-url", dbUrl, "--indicator", "ON_TIME_RATE", "--period", "2018-Q1",
                "--target", "95", "--lang", "en").out();

        assertThat(table).contains("Approved");
        assertThat(table.lines().filter(l -> l.contains("yes (krong-pac 2018-Q1)")).toList()).singleElement()
                .asString().contains("Krông Pắc");
    }
}
