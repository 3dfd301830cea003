package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.persistence.jdbi.TestPostgres;

/**
 * {@code decision …} on a store ({@code --db-url}, the shared embedded PostgreSQL of the storage tests): draft with a task (seed 000, Article 2), set targets
 * from a file (all or nothing, exit 2 listing the bad rows), issue, a conflicting decision refused
 * with exit 1 naming both, amend and issue the amendment, list and show, and the overdue tasks.
 */
class DecisionCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path sample(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static JsonNode ok(String... args) throws IOException {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void aRefusedDraftNamesTheOptionsTheUserTypedNotColumns() throws IOException {
        TestPostgres.freshStorage();
        String db = TestPostgres.database().jdbcUrl();
        ok("import", "units", sample("units-daklak-2022.csv").toString(), "--db-url", db, "--format", "json");
        String longText = "x".repeat(2500);

        // each option refused alone names the option, in Vietnamese unless told
        String[][] cases = {
            {"--issuer", "nowhere", "--year", "2022", "--title", "T"},
            {"--issuer", "daklak", "--year", "99999", "--title", "T"},
            {"--issuer", "daklak", "--year", "2022", "--title", "T", "--legal-basis", "x".repeat(300) + ",2021-12-10"},
            {"--issuer", "daklak", "--year", "2022", "--title", "T", "--task", "2022-06-30,DISTRICT," + longText},
        };
        String[] options = {"--issuer", "--year", "--legal-basis", "--task"};
        for (int i = 0; i < cases.length; i++) {
            List<String> args = new ArrayList<>(List.of("decision", "draft"));
            args.addAll(List.of(cases[i]));
            args.addAll(List.of("--db-url", db));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).as(options[i]).contains("tùy chọn '" + options[i] + "'").doesNotContain("cột '", "trường '");
        }
        CliRun en = CliRun.of("decision", "draft", "--issuer", "daklak", "--year", "2022", "--title", longText,
                "--db-url", db, "--lang", "en");
        assertThat(en.exitCode()).as(en.err()).isEqualTo(2);
        assertThat(en.err()).contains("option '--title', value 'xxx").doesNotContain("column '", "field '");
    }

    @Test
    void everyBadOptionOfADraftIsToldAtOnceInTheUsersLanguageAndNothingIsDrafted() throws IOException {
        TestPostgres.freshStorage();
        String db = TestPostgres.database().jdbcUrl();
        ok("import", "units", sample("units-daklak-2022.csv").toString(), "--db-url", db, "--format", "json");
        String[] draft = {"decision", "draft", "--issuer", "daklak", "--year", "3022", "--title", "x".repeat(2500),
            "--legal-basis", "3478/QĐ-UBND,2021-12-32", "--task", "2022-13-01,DISTRICT,giao chỉ tiêu",
            "--task", "2022-06-30,not a code!,giao chỉ tiêu", "--task", "2022-06-30", "--db-url", db};

        CliRun vi = CliRun.of(draft);
        assertThat(vi.exitCode()).as(vi.err()).isEqualTo(2);
        assertThat(vi.err()).contains(
                "tùy chọn '--year', giá trị '3022': năm từ 1900 đến 2999",
                "tùy chọn '--title', giá trị 'xxx",
                "tùy chọn '--legal-basis', giá trị '2021-12-32': không phải ngày (yyyy-MM-dd)",
                "tùy chọn '--task', giá trị '2022-13-01': không phải ngày (yyyy-MM-dd)",
                "tùy chọn '--task', giá trị 'not a code!': không phải mã đơn vị",
                "tùy chọn '--task', giá trị '2022-06-30': cần ghi HẠN,ĐƠN VỊ THỰC HIỆN,NỘI DUNG",
                "6 lỗi; không có gì được ghi.")
                // each told once: a task whose date or unit is refused is not refused again for lacking it
                .doesNotContain("not a date", "not a unit code", "give DEADLINE", "phải có hạn", "một đơn vị thực hiện:");
        CliRun en = CliRun.english(draft);
        assertThat(en.exitCode()).as(en.err()).isEqualTo(2);
        assertThat(en.err()).contains("option '--legal-basis', value '2021-12-32': not a date (yyyy-MM-dd)",
                "option '--task', value 'not a code!': not a unit code", "6 problems; nothing was written.");
        assertThat(ok("decision", "list", "--db-url", db, "--format", "json").toString()).doesNotContain("daklak");
    }

    @Test
    void draftSetTargetsIssueConflictAmendListShowAndOverdueTasks() throws IOException {
        TestPostgres.freshStorage();
        String db = TestPostgres.database().jdbcUrl();
        ok("import", "units", sample("units-daklak-2022.csv").toString(), "--db-url", db, "--format", "json");

        JsonNode draft = ok("decision", "draft", "--issuer", "daklak", "--year", "2022", "--title",
                "Giao chỉ tiêu hồ sơ trực tuyến năm 2022", "--legal-basis", "3478/QĐ-UBND,2021-12-10",
                "--task", "2022-06-30,DISTRICT,giao chỉ tiêu cho các xã, phường, thị trấn trước ngày 30/6/2022",
                "--db-url", db, "--format", "json");
        String id = draft.get("id").asText();
        assertThat(draft.get("tasks").get(0).get("deadline").asText()).isEqualTo("2022-06-30");

        Path bad = file("bad.csv", "unit,indicator,period,target\nUBND huyện Krông Pắc,ONLINE_RATE,2022,88\n"
                + "Huyện Không Có,ONLINE_RATE,2022,40\nSở Y tế,ONLINE_RATE,2022,150\n");
        CliRun refused = CliRun.of("decision", "set-targets", id, bad.toString(), "--db-url", db);
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(2);
        assertThat(refused.err()).contains("bad.csv:3", "bad.csv:4");
        assertThat(ok("decision", "show", id, "--db-url", db, "--format", "json").get("assignments")).isEmpty();

        Path good = file("targets.csv", "unit,indicator,period,target\nUBND huyện Krông Pắc,ONLINE_RATE,2022,40\n");
        assertThat(ok("decision", "set-targets", id, good.toString(), "--db-url", db, "--format", "json")
                .get("assignments").get(0).get("unit").asText()).isEqualTo("krong-pac");
        ok("decision", "issue", id, "--number", "100/QĐ-UBND", "--signer", "Nguyễn Tuấn Hà", "--date", "2022-05-20",
                "--db-url", db, "--format", "json");

        String second = ok("decision", "draft", "--issuer", "daklak", "--year", "2022", "--title", "Giao lại",
                "--db-url", db, "--format", "json").get("id").asText();
        ok("decision", "set-targets", second, file("sixty.csv",
                "unit,indicator,period,target\nkrong-pac,ONLINE_RATE,2022,60\n").toString(), "--db-url", db,
                "--format", "json");
        CliRun conflict = CliRun.of("decision", "issue", second, "--number", "200/QĐ-UBND", "--date", "2022-06-01",
                "--db-url", db);
        assertThat(conflict.exitCode()).as(conflict.err()).isEqualTo(1);
        // under vi (the default) the clash names the indicator by its name (issue 15 item 3); under en by its code
        assertThat(conflict.err()).contains("100/QĐ-UBND", "200/QĐ-UBND",
                "(krong-pac – Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến – kỳ 2022): 60% theo quyết định 200/QĐ-UBND,"
                        + " trong khi quyết định 100/QĐ-UBND");
        CliRun english = CliRun.of("decision", "issue", second, "--number", "200/QĐ-UBND", "--date", "2022-06-01",
                "--db-url", db, "--lang", "en");
        assertThat(english.exitCode()).as(english.err()).isEqualTo(1);
        assertThat(english.err()).contains("(krong-pac, ONLINE_RATE, 2022): 60 in 200/QĐ-UBND vs 40 in 100/QĐ-UBND");

        String amendment = ok("decision", "amend", "100/QĐ-UBND", "--db-url", db, "--format", "json")
                .get("id").asText();
        ok("decision", "issue", amendment, "--number", "300/QĐ-UBND", "--date", "2022-06-10", "--db-url", db,
                "--format", "json");
        JsonNode issued = ok("decision", "list", "--year", "2022", "--status", "ISSUED", "--db-url", db,
                "--format", "json");
        List<String> numbers = new ArrayList<>();
        issued.get("items").forEach(d -> numbers.add(d.get("number").asText()));
        assertThat(numbers).containsExactly("300/QĐ-UBND");
        assertThat(ok("decision", "show", "100/QĐ-UBND", "--db-url", db, "--format", "json").get("status")
                .asText()).isEqualTo("AMENDED");

        // Krông Pắc issues its commune decision on 15/6; the other 14 districts are overdue on 1/7/2022
        String own = ok("decision", "draft", "--issuer", "krong-pac", "--year", "2022", "--title", "Giao cho các xã",
                "--db-url", db, "--format", "json").get("id").asText();
        ok("decision", "issue", own, "--number", "125/QĐ-UBND", "--date", "2022-06-15", "--db-url", db,
                "--format", "json");
        JsonNode tasks = ok("decision", "tasks", "300/QĐ-UBND", "--as-of", "2022-07-01", "--db-url", db,
                "--format", "json");
        assertThat(tasks.get("overdue").asInt()).isEqualTo(14);
        assertThat(tasks.get("rows").get(0).get("state").asText()).isEqualTo("OVERDUE");
        List<String> done = new ArrayList<>();
        tasks.get("rows").forEach(r -> {
            if (!r.get("state").asText().equals("OVERDUE")) {
                done.add(r.get("unit").asText() + "=" + r.get("state").asText() + " " + r.get("doneBy").asText());
            }
        });
        assertThat(done).containsExactly("krong-pac=DONE 125/QĐ-UBND");
        CliRun table = CliRun.of("decision", "tasks", "300/QĐ-UBND", "--as-of", "2022-07-01", "--db-url", db);
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("14 quá hạn", "buon-ho");
    }
}
