package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.fixtures.CsvTables;

class ResolveCommandTest {

    static final Path SAMPLES = Path.of("src/main/resources/samples");

    @TempDir
    Path dir;

    @Test
    void matchesEveryUnitNameOfSeed003ToTheRightUnitWithoutAliases() throws IOException {
        CliRun run = CliRun.of("resolve", "--units", SAMPLES.resolve("units-daklak-2018.csv").toString(),
                "--names", SAMPLES.resolve("names-seed-003.txt").toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        Map<String, String> expected = expectedUnits();
        assertThat(json.get("rows")).hasSize(58);
        for (JsonNode row : json.get("rows")) {
            assertThat(row.get("status").asText()).as(row.get("name").asText()).isEqualTo("MATCHED");
            assertThat(row.get("unit").asText()).as(row.get("name").asText())
                    .isEqualTo(expected.get(row.get("name").asText()));
        }
        assertThat(Files.readString(SAMPLES.resolve("units-daklak-2018.csv"))).doesNotContain("|");
    }

    private static Map<String, String> expectedUnits() throws IOException {
        Map<String, String> map = new HashMap<>();
        for (String line : CsvTables.lines("seed-003/names-and-units.tsv")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] p = line.split("\t");
                map.put(p[0], p[1]);
            }
        }
        return map;
    }

    @Test
    void aNameThatFitsTwoUnitsIsAmbiguousAndAMadeUpNameIsUnknownWithSuggestions() throws IOException {
        Path units = write("units.csv", """
                code,name,kind,parent
                daklak,UBND tỉnh Đắk Lắk,PROVINCE,
                ea-kar,UBND huyện Ea Kar,DISTRICT,daklak
                tt-ea-kar,Thị trấn Ea Kar,TOWNSHIP,ea-kar
                krong-pac,UBND huyện Krông Pắc,DISTRICT,daklak
                """);
        Path names = write("names.csv", """
                name
                Ea Kar
                UBND huyện Krông Pa
                """);

        CliRun run = CliRun.of("resolve", "--units", units.toString(), "--names", names.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(run.out()).get("rows");
        assertThat(rows.get(0).get("status").asText()).isEqualTo("AMBIGUOUS");
        assertThat(rows.get(0).get("unit").isNull()).isTrue();
        assertThat(rows.get(0).get("candidates")).extracting(JsonNode::asText).containsExactlyInAnyOrder("ea-kar", "tt-ea-kar");
        assertThat(rows.get(1).get("status").asText()).isEqualTo("UNKNOWN");
        assertThat(rows.get(1).get("suggestions").get(0).asText()).isEqualTo("krong-pac");
    }

    @Test
    void resolvesHoaBinhsPrintedNamesAndTheDepartmentAbbreviationsWithoutAliasesInTheSameShape() throws IOException {
        Path units = write("units.csv", String.join("\n", CsvTables.lines("hoabinh-2022/units.csv")) + "\n");
        Path names = write("names.txt", """
                UBND TP. Hòa Bình
                Sở Lao động - TB&XH
                Sở NN&PTNT
                BQL các KCN
                Lĩnh vực Ngoại vụ - VPUBND tỉnh
                Hòa Bình
                Sở Tài
                """);

        CliRun json = CliRun.of("resolve", "--units", units.toString(), "--names", names.toString(), "--format", "json");

        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(json.out()).get("rows");
        assertThat(rows).hasSize(7);
        String[] expected = {"tp-hoa-binh", "so-lao-dong-tbxh", "so-nong-nghiep-ptnt", "ban-quan-ly-cac-kcn",
                "van-phong-ubnd-tinh"};
        for (int i = 0; i < expected.length; i++) {
            assertThat(rows.get(i).get("status").asText()).as(rows.get(i).toString()).isEqualTo("MATCHED");
            assertThat(rows.get(i).get("unit").asText()).isEqualTo(expected[i]);
        }
        assertThat(rows.get(5).get("status").asText()).isEqualTo("AMBIGUOUS");
        assertThat(rows.get(5).get("candidates")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("hoabinh", "tp-hoa-binh");
        assertThat(rows.get(6).get("status").asText()).isEqualTo("UNKNOWN");
        assertThat(rows.get(6).get("suggestions").get(0).asText()).isEqualTo("so-tai-chinh");
        assertThat(rows.get(0).fieldNames()).toIterable()
                .containsExactlyElementsOf(() -> rows.get(5).fieldNames());

        CliRun table = CliRun.of("resolve", "--units", units.toString(), "--names", names.toString());
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("Tên như ghi", "Mã đơn vị", "Kết quả", "tp-hoa-binh", "UBND thành phố Hòa Bình");
    }

    @Test
    void readsSemicolonSeparatedFilesWithAByteOrderMark() throws IOException {
        Path units = dir.resolve("units.csv");
        Files.write(units, ("\uFEFFcode;name;kind;parent\ndaklak;UBND tỉnh Đắk Lắk;PROVINCE;\n"
                + "so-y-te;Sở Y tế;DEPARTMENT;daklak\n").getBytes(StandardCharsets.UTF_8));
        Path names = write("names.txt", "Sở Y Tế\n");

        CliRun run = CliRun.of("resolve", "--units", units.toString(), "--names", names.toString(), "--format", "csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // CSV under --lang vi is written for a Vietnamese Excel: BOM, ';' (issue 15 item 4); plain on request
        assertThat(run.out()).startsWith("\uFEFF").contains("Sở Y Tế;so-y-te;Sở Y tế;MATCHED");
        CliRun plain = CliRun.of("resolve", "--units", units.toString(), "--names", names.toString(), "--format", "csv",
                "--csv-style", "plain");
        assertThat(plain.out()).contains("Sở Y Tế,so-y-te,Sở Y tế,MATCHED");
    }

    @Test
    void writesTheRequestedFormatToTheOutFileAndNothingToStdout() throws IOException {
        Path units = write("units.csv", "code,name,kind,parent\ndaklak,UBND tỉnh Đắk Lắk,PROVINCE,\n");
        Path names = write("names.txt", "Đắk Lắk\n");
        for (String ext : List.of("json", "csv", "md", "html", "txt", "xlsx")) {
            Path out = dir.resolve("out." + ext);
            CliRun run = CliRun.of("resolve", "--units", units.toString(), "--names", names.toString(),
                    "--out", out.toString(), "--lang", "en");
            assertThat(run.exitCode()).as(ext + ": " + run.err()).isZero();
            assertThat(run.out()).isEmpty();
            assertThat(out).isNotEmptyFile();
            if (!ext.equals("xlsx")) {
                assertThat(Files.readString(out)).contains("daklak");
            }
        }
        assertThat(Files.readString(dir.resolve("out.md"))).contains("| Name as written |");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("out.csv"))))
                .as("an --out file is readable like any file the user writes").isEqualTo("rw-r--r--");
        assertThat(Files.readString(dir.resolve("out.html"))).contains("<th>Unit code</th>");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void xlsxNeedsAnOutFile() throws IOException {
        Path units = write("units.csv", "code,name,kind,parent\ndaklak,UBND tỉnh Đắk Lắk,PROVINCE,\n");
        Path names = write("names.txt", "Đắk Lắk\n");
        CliRun run = CliRun.of("resolve", "--units", units.toString(), "--names", names.toString(), "--format", "xlsx");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out");
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }
}
