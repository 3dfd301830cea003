package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-appendix} on the appendices of seeds 000 and 002. */
class ImportAppendixCommandTest {

    static final Path SAMPLES = Path.of("src/main/resources/samples");
    static final Path SEED_000 = SAMPLES.resolve("appendix-daklak-2022.txt");
    /** The domain's test resource (chitieu-domain test-jar), copied as a file under its own name. */
    static final String SEED_002 = "/appendix/seed-002-hoabinh-2022.txt";
    static final String SEED_001 = "/appendix/seed-001-dakha-2023.txt";
    static final List<String> JSON_KEYS = List.of("unit", "kinds", "name", "indicator", "period", "target", "reason",
            "unitOfMeasure", "leadUnit", "coordinatingUnit", "legalBasis", "procedures", "baseline", "section", "item",
            "task", "line");

    @TempDir
    Path dir;

    private Path seed002() throws IOException {
        return resource(SEED_002, "seed-002-hoabinh-2022.txt");
    }

    private Path seed001() throws IOException {
        return resource(SEED_001, "seed-001-dakha-2023.txt");
    }

    private Path resource(String resource, String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            try (InputStream in = getClass().getResourceAsStream(resource)) {
                Files.copy(in, file);
            }
        }
        return file;
    }

    private static JsonNode json(CliRun run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void seed000YieldsSixtySixTargetsBothIndicatorsAsPrintedWithEveryJsonKey() throws IOException {
        JsonNode rows = json(CliRun.of("import-appendix", SEED_000.toString(), "--units",
                SAMPLES.resolve("units-daklak-2022.csv").toString(), "--format", "json")).get("rows");
        Map<String, String> online = AllocateCommandTest.expectedTargets();
        Map<String, String> digitization = new HashMap<>();
        List<String> expected = vn.chitieu.fixtures.CsvTables.lines("daklak-2022/expected-targets-2022.csv");
        for (String line : expected.subList(1, expected.size())) {
            String[] p = line.split(",");
            digitization.put(p[0], p[4].replace("%", ""));
        }
        assertThat(rows).hasSize(66);
        int onlineRows = 0;
        int digitizationRows = 0;
        for (JsonNode r : rows) {
            List<String> keys = new ArrayList<>();
            r.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsAll(JSON_KEYS);
            String unit = r.get("unit").asText();
            assertThat(r.get("kinds").isNull()).isTrue();
            assertThat(r.get("unitOfMeasure").asText()).isEqualTo("%");
            if (r.get("indicator").asText().equals("ONLINE_RATE")) {
                onlineRows++;
                assertThat(r.get("target").decimalValue()).as(unit).isEqualByComparingTo(online.get(unit));
            } else {
                digitizationRows++;
                assertThat(r.get("indicator").asText()).isEqualTo("DIGITIZATION_RATE");
                assertThat(r.get("target").decimalValue()).as(unit).isEqualByComparingTo(digitization.get(unit));
                assertThat(r.get("legalBasis").asText()).isEqualTo("Quyết định số 3478/QĐ-UBND ngày 10/12/2021");
            }
        }
        assertThat(onlineRows).isEqualTo(33);
        assertThat(digitizationRows).isEqualTo(33);
    }

    @Test
    void seed001YieldsItsSevenIndicatorRowsForGroupsOfKindsWithoutAUnitsFile() throws IOException {
        JsonNode rows = json(CliRun.of("import-appendix", seed001().toString(), "--format", "json")).get("rows");
        // golden: the seed's appendix as printed
        assertThat(rows).hasSize(7);
        List<String> indicators = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        for (JsonNode r : rows) {
            List<String> keys = new ArrayList<>();
            r.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsAll(JSON_KEYS);
            indicators.add(r.get("indicator").asText());
            targets.add(r.get("target").asInt());
            assertThat(r.get("unit").isNull()).isTrue();
            assertThat(r.get("kinds").isArray()).isTrue();
            assertThat(r.get("period").asText()).isEqualTo("2023");
            assertThat(r.get("unitOfMeasure").asText()).isEqualTo("%");
            assertThat(r.get("coordinatingUnit").asText()).isEqualTo("Văn phòng HĐND-UBND huyện");
            assertThat(r.get("leadUnit").asText()).isEqualTo(r.get("name").asText());
            assertThat(r.get("legalBasis").asText()).contains("876/QĐ-BNV");
        }
        assertThat(indicators).containsExactly("DIGITIZATION_RATE", "DIGITIZATION_RATE", "FULL_ONLINE_RATE",
                "ONLINE_PAYMENT_PROCEDURES", "ONLINE_PAYMENT_DOSSIERS", "ON_TIME_RATE", "ON_TIME_RATE");
        assertThat(targets).containsExactly(25, 15, 60, 60, 30, 95, 95);
        assertThat(rows.get(1).get("name").asText()).isEqualTo("UBND cấp xã");
        assertThat(rows.get(1).get("kinds").toString()).isEqualTo("[\"WARD\",\"TOWNSHIP\",\"COMMUNE\"]");
        assertThat(rows.get(0).get("kinds").toString()).isEqualTo("[\"DISTRICT_OFFICE\"]");
        assertThat(rows.get(2).get("kinds").toString()).isEqualTo("[\"DISTRICT\",\"WARD\",\"TOWNSHIP\",\"COMMUNE\"]");
        assertThat(rows.get(2).get("legalBasis").asText()).contains("01/CT-BTTTT ngày 20/01/2023");
        assertThat(rows.get(3).get("legalBasis").asText()).contains("01/NQ-CP");
        assertThat(rows.get(2).get("item").asText()).isEqualTo("II");
    }

    @Test
    void seed001WithAUnitsFileResolvesTheCoordinatingUnitItHolds() throws IOException {
        Path units = dir.resolve("units-dak-ha.csv");
        Files.writeString(units, "code,name,kind,parent,aliases\ndak-ha,UBND huyện Đắk Hà,DISTRICT,,\n"
                + "dak-ha-vp,Văn phòng HĐND và UBND huyện Đắk Hà,DISTRICT_OFFICE,dak-ha,Văn phòng HĐND-UBND huyện\n");
        JsonNode rows = json(CliRun.of("import-appendix", seed001().toString(), "--units", units.toString(),
                "--format", "json")).get("rows");
        assertThat(rows).hasSize(7).allSatisfy(r -> {
            assertThat(r.get("coordinatingUnit").asText()).isEqualTo("dak-ha-vp");
            assertThat(r.get("leadUnit").asText()).isEqualTo(r.get("name").asText());
        });
    }

    @Test
    void seed000PrintsOneLinePerUnitWithEveryIndicatorsColumnInEachFormat() throws IOException {
        Map<String, String> digitization = printedColumn(SEED_000, 3);
        CliRun table = CliRun.of("import-appendix", SEED_000.toString());
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("Mức giao chỉ tiêu số hóa hồ sơ", "Số lượng TTHC mức độ 3, 4",
                "Mức giao chỉ tiêu tỷ lệ hồ sơ TTHC", "I. CÁC SỞ, BAN, NGÀNH", "Không có hồ sơ phát sinh");
        assertThat(table.out().lines().filter(l -> l.startsWith("1 ") && l.contains("Sở Công Thương")).findFirst())
                .hasValueSatisfying(l -> assertThat(l).containsPattern("\\| +118 \\| +50 \\| +99,96 \\| +99(?![,.\\d])"));
        assertThat(table.out().lines().filter(l -> l.contains("UBND huyện Lắk"))).singleElement()
                .satisfies(l -> assertThat(l).containsPattern("\\| +104 \\| +40 \\| +0,57 \\|"));

        CliRun csv = CliRun.of("import-appendix", SEED_000.toString(), "--format", "csv", "--view", "appendix");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines).hasSize(34);
        // a report for people: CSV for a Vietnamese Excel under --lang vi (BOM, ';'), plain comma CSV on request
        assertThat(lines.get(0)).startsWith("\uFEFFMục;STT;Cơ quan, đơn vị;Số lượng TTHC");
        assertThat(CliRun.of("import-appendix", SEED_000.toString(), "--format", "csv", "--view", "appendix",
                "--csv-style", "plain").out().lines().findFirst().orElseThrow())
                .startsWith("Mục,STT,\"Cơ quan, đơn vị\",\"Số lượng TTHC");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Sở Công Thương;118;50;99,96;99"));

        CliRun md = CliRun.of("import-appendix", SEED_000.toString(), "--format", "md", "--lang", "en");
        assertThat(md.out()).contains("Target 2022: Share of dossiers and results digitized",
                "Baseline: Share of dossiers received and resolved online", "| Sở Công Thương | 118 | 50 | 99.96 | 99 |");

        Path html = dir.resolve("appendix.html");
        assertThat(CliRun.of("import-appendix", SEED_000.toString(), "--out", html.toString()).exitCode()).isZero();
        assertThat(Files.readString(html)).contains("<td>Sở Công Thương</td><td class=\"n\">118</td><td class=\"n\">50</td>");

        Path xlsx = dir.resolve("appendix.xlsx");
        CliRun x = CliRun.of("import-appendix", SEED_000.toString(), "--out", xlsx.toString());
        assertThat(x.exitCode()).as(x.err()).isZero();
        List<List<String>> sheet = sheet(xlsx);
        assertThat(sheet).anySatisfy(r -> assertThat(r).contains("Mức giao chỉ tiêu tỷ lệ số hóa hồ sơ, kết quả giải quyết "
                + "TTHC năm 2022 (%)"));
        assertThat(sheet).anySatisfy(r -> assertThat(r.get(0)).contains("Mức giao chỉ tiêu số hóa hồ sơ kết quả giải quyết "
                + "TTHC còn hiệu lực (theo Quyết định số 3478/QĐ-UBND ngày 10/12/2021)"));
        int units = 0;
        for (List<String> r : sheet) {
            if (r.size() > 5 && digitization.containsKey(r.get(1))) {
                units++;
                assertThat(new java.math.BigDecimal(r.get(3))).as(r.get(1) + ": in percent units, bare, under its (%) header")
                        .isEqualByComparingTo(digitization.get(r.get(1)));
            }
        }
        assertThat(units).isEqualTo(33);
    }

    @Test
    void seed001PrintsTaskLeadCoordinatingUnitOfMeasureTargetAndLegalBasisInEachFormat() throws IOException {
        Path seed = seed001();
        CliRun table = CliRun.of("import-appendix", seed.toString());
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("Tên nhiệm vụ", "Đơn vị chủ trì", "Cơ quan, đơn vị phối hợp", "Đơn vị tính",
                "Giao chỉ tiêu", "Căn cứ thực hiện", "II. Tỷ lệ hồ sơ trực tuyến toàn trình");
        assertThat(table.out().lines().filter(l -> l.contains("Các cơ quan chuyên môn cấp huyện"))).hasSize(2)
                .allSatisfy(l -> assertThat(l).contains("Văn phòng HĐND-UBND huyện").contains("Phòng, ban cấp huyện"));

        Path csv = dir.resolve("seed-001.csv");
        assertThat(CliRun.of("import-appendix", seed.toString(), "--out", csv.toString()).exitCode()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("unit,indicator,period,target,reason,procedures,name,kinds,unitOfMeasure,"
                + "leadUnit,coordinatingUnit,legalBasis,baseline,item");
        assertThat(lines).hasSize(8);
        assertThat(lines.get(2)).startsWith(",DIGITIZATION_RATE,2023,15,,,UBND cấp xã,WARD|TOWNSHIP|COMMUNE,%,UBND cấp xã,"
                + "Văn phòng HĐND-UBND huyện,Mục 7.3.4 (Bảng 2");

        CliRun md = CliRun.of("import-appendix", seed.toString(), "--format", "md");
        assertThat(md.out()).contains("## IV. Chỉ tiêu về kết quả giải quyết hồ sơ thủ tục hành chính")
                .contains("| UBND cấp xã | Văn phòng HĐND-UBND huyện | % | 15 | Mục 7.3.4");
        CliRun html = CliRun.of("import-appendix", seed.toString(), "--format", "html");
        assertThat(html.out()).contains("<th>Căn cứ thực hiện</th>", "<td>UBND huyện, UBND cấp xã</td>");

        Path xlsx = dir.resolve("seed-001.xlsx");
        assertThat(CliRun.of("import-appendix", seed.toString(), "--out", xlsx.toString()).exitCode()).isZero();
        List<List<String>> sheet = sheet(xlsx);
        List<List<String>> rows = sheet.stream().filter(r -> r.size() > 6 && r.get(2).startsWith("U")
                || r.size() > 6 && r.get(2).startsWith("Các cơ quan")).toList();
        assertThat(rows).extracting(r -> r.get(5)).containsExactly("25", "15", "60", "60", "30", "95", "95");
        assertThat(rows).allSatisfy(r -> assertThat(r.get(6)).contains("876/QĐ-BNV"));
    }

    @Test
    void badRowsAreAllListedWithLineColumnAndValueExit2AndNothingIsWritten() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(seed001()));
        int missing = -1;
        int above = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("1\tTỷ lệ số hóa")) {
                missing = i;
                lines.set(i, lines.get(i).replace("\t%\t25\t", "\t%\t\t"));
            } else if (lines.get(i).startsWith("2\tTỷ lệ số hóa")) {
                above = i;
                lines.set(i, lines.get(i).replace("\t%\t15\t", "\t%\t115\t"));
            }
        }
        Path broken = dir.resolve("broken-001.txt");
        Files.write(broken, lines);
        Path out = dir.resolve("out.json");
        CliRun run = CliRun.of("import-appendix", broken.toString(), "--out", out.toString(), "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(broken + ":" + (missing + 1) + ": column 'target'", "a target is required",
                broken + ":" + (above + 1) + ": column 'target', value '115'", "0–100");
        assertThat(out).doesNotExist();
    }

    @Test
    void anIndicatorTheAppendixDoesNotAssignExits2NamingTheOnesItDoes() throws IOException {
        CliRun run = CliRun.of("import-appendix", SEED_000.toString(), "--indicator", "ON_TIME_RATE");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("ON_TIME_RATE", "DIGITIZATION_RATE, ONLINE_RATE");
    }

    private static List<List<String>> sheet(Path xlsx) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile());
                java.util.stream.Stream<Row> rows = wb.getFirstSheet().openStream()) {
            rows.forEach(r -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    cells.add(r.getCell(i) == null ? "" : r.getCell(i).getRawValue());
                }
                out.add(cells);
            });
        }
        return out;
    }

    @Test
    void seed000YieldsTheDecisionsThirtyThreeTargetsAndProcedures() throws IOException {
        CliRun run = CliRun.of("import-appendix", SEED_000.toString(), "--units",
                SAMPLES.resolve("units-daklak-2022.csv").toString(), "--indicator", "ONLINE_RATE", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(run.out()).get("rows");
        Map<String, String> expected = AllocateCommandTest.expectedTargets();
        Map<String, Integer> procedures = procedures();
        assertThat(rows).hasSize(33);
        for (JsonNode r : rows) {
            String unit = r.get("unit").asText();
            assertThat(r.get("target").decimalValue()).as(unit).isEqualByComparingTo(expected.get(unit));
            assertThat(r.get("procedures").asInt()).as(unit).isEqualTo(procedures.get(unit));
            assertThat(r.get("indicator").asText()).isEqualTo("ONLINE_RATE");
            assertThat(r.get("period").asText()).isEqualTo("2022");
        }
    }

    /** The seed's own numbered lines: printed name → the cell in column {@code column} (0-based), as printed. */
    static Map<String, String> printedColumn(Path seed, int column) throws IOException {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(seed)) {
            if (line.matches("\\d+\t.*")) {
                String[] p = line.split("\t");
                map.put(p[1], p[column].replace("%", "").replace(',', '.'));
            }
        }
        return map;
    }

    @Test
    void indicatorDigitizationRateGivesSeed000sDigitizationColumnNotTheOnlineRate() throws IOException {
        CliRun run = CliRun.of("import-appendix", SEED_000.toString(), "--indicator", "DIGITIZATION_RATE",
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(run.out()).get("rows");
        Map<String, String> printed = printedColumn(SEED_000, 3);
        assertThat(printed).hasSize(33).containsValues("50", "40");
        assertThat(rows).hasSize(33);
        for (JsonNode r : rows) {
            String name = r.get("name").asText();
            assertThat(r.get("indicator").asText()).isEqualTo("DIGITIZATION_RATE");
            assertThat(r.get("target").decimalValue()).as(name).isEqualByComparingTo(printed.get(name));
        }
    }

    @Test
    void seed002YieldsTwentySevenUnitsAtFiftyFivePercentAsATargetsFile() throws IOException {
        Path out = dir.resolve("targets.csv");
        CliRun run = CliRun.of("import-appendix", seed002().toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).startsWith("unit,indicator,period,target,reason");
        assertThat(lines.subList(1, lines.size())).hasSize(27).allSatisfy(l -> assertThat(l).contains(",ONLINE_RATE,2022,55,"));
        assertThat(lines).anyMatch(l -> l.startsWith("UBND TP. Hòa Bình,"));
    }

    @Test
    void anOcrSplitCellExits2NamingTheLineAndWritesNothing() throws IOException {
        List<String> lines = Files.readAllLines(seed002());
        int at = lines.indexOf("9\tSở Nội vụ\t87\t55%");
        lines.set(at, "9\tSở Nội vụ\t8 7\t55%");
        Path broken = dir.resolve("broken.txt");
        Files.write(broken, lines);
        Path out = dir.resolve("targets.csv");
        CliRun run = CliRun.of("import-appendix", broken.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(broken + ":" + (at + 1)).contains("8 7");
        assertThat(out).doesNotExist();
    }

    @Test
    void aNameTheUnitsFileDoesNotKnowExits2NamingItsLine() throws IOException {
        CliRun run = CliRun.of("import-appendix", seed002().toString(), "--units",
                SAMPLES.resolve("units-daklak-2022.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("seed-002-hoabinh-2022.txt:").contains("Hòa Bình");
    }

    private static Map<String, Integer> procedures() throws IOException {
        Map<String, Integer> map = new HashMap<>();
        List<String> lines = Files.readAllLines(SAMPLES.resolve("baseline-daklak-2021.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] p = line.split(",");
            map.put(p[0], Integer.valueOf(p[p.length - 1]));
        }
        return map;
    }
}
