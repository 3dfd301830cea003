package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.cli.demo.Samples;

/**
 * CSV for a Vietnamese Excel or LibreOffice (issue 15 item 4): under {@code --lang vi} a report's
 * CSV is UTF-8 with a BOM, {@code ;} separated, with decimal commas, at most 2 decimals and the
 * verdicts in words, so that a spreadsheet with the vi-VN locale reads its figures as numbers;
 * {@code --lang en} and {@code --csv-style plain} give plain comma CSV. The long results form that
 * {@code score} reads back round-trips in both styles.
 */
class ExcelCsvTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** The columns of the seed 003 scoreboard that hold numbers. */
    private static final List<String> NUMERIC = List.of("STT", "Số lượng tiếp nhận", "Đã giải quyết", "Đúng hạn SL",
            "Đúng hạn TL (%)", "Trễ hạn SL", "Trễ hạn TL (%)", "Chỉ tiêu giao (%)", "Chênh lệch (điểm %)",
            "Số hồ sơ cần thêm", "Xếp hạng");

    @TempDir
    Path dir;

    private List<String> seed;

    @BeforeEach
    void samples() throws IOException {
        Path units = Files.write(dir.resolve("units.csv"), Samples.bytes("units-daklak-2018.csv"));
        Path targets = Files.write(dir.resolve("targets.csv"), Samples.bytes("targets-2018-Q1.csv"));
        Path results = Files.write(dir.resolve("results.csv"), Samples.bytes("results-2018-Q1.csv"));
        seed = new ArrayList<>(List.of("score", "--units", units.toString(), "--targets", targets.toString(),
                "--results", results.toString()));
    }

    private CliRun run(List<String> base, String... more) {
        List<String> args = new ArrayList<>(base);
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private static List<CsvRecord> records(String text, char separator) {
        List<CsvRecord> out = new ArrayList<>();
        CsvReader.builder().fieldSeparator(separator).ofCsvRecord(text).forEach(out::add);
        return out;
    }

    /** A number as a spreadsheet with the vi-VN locale reads it, the whole cell or nothing. */
    private static Number vietnamese(String cell) {
        ParsePosition at = new ParsePosition(0);
        Number n = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN")).parse(cell, at);
        return at.getIndex() == cell.length() && at.getErrorIndex() < 0 ? n : null;
    }

    @Test
    void underVietnameseAScoreboardsCsvIsSemicolonsDecimalCommasAndWords() throws IOException {
        Path out = dir.resolve("scoreboard.csv");
        run(seed, "--out", out.toString());
        byte[] bytes = Files.readAllBytes(out);
        assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CsvRecord> rows = records(text, ';');
        List<String> header = rows.get(0).getFields();
        assertThat(header).contains("Tên cơ quan", "Đạt chỉ tiêu");
        assertThat(rows).hasSize(32);
        JsonNode doc = JSON.readTree(run(seed, "--format", "json").out());
        for (CsvRecord row : rows.subList(1, rows.size())) {
            for (String column : NUMERIC) {
                String cell = row.getField(header.indexOf(column));
                if (!cell.isEmpty() && !cell.equals("Không có hồ sơ phát sinh")) {
                    assertThat(vietnamese(cell)).as(column + " '" + cell + "' is a number in vi-VN").isNotNull();
                    int comma = cell.indexOf(',');
                    assertThat(comma < 0 ? 0 : cell.length() - comma - 1).as(cell).isLessThanOrEqualTo(2);
                }
            }
            assertThat(row.getField(header.indexOf("Đạt chỉ tiêu"))).isIn("Đạt", "Không đạt", "");
        }
        // Krông Pắc: 1061 on time of 1669 = 63,57 % (1061 × 100 / 1669 = 63.5710…), 525 dossiers still needed
        CsvRecord krongPac = rows.stream().filter(r -> r.getField(2).equals("UBND huyện Krông Pắc")).findFirst()
                .orElseThrow();
        assertThat(krongPac.getField(header.indexOf("Đúng hạn TL (%)"))).isEqualTo("63,57");
        assertThat(vietnamese("63,57").doubleValue()).isEqualTo(63.57);
        assertThat(krongPac.getField(header.indexOf("Số hồ sơ cần thêm"))).isEqualTo("525");
        assertThat(krongPac.getField(header.indexOf("Đạt chỉ tiêu"))).isEqualTo("Không đạt");
        assertThat(text).doesNotContain("true").doesNotContain("false");
        BigDecimal exact = doc.get("rows").findParents("unit").stream().filter(r -> r.get("unit").asText().equals("krong-pac"))
                .findFirst().orElseThrow().get("value").decimalValue();
        assertThat(exact.scale()).as("the exact value stays in JSON").isGreaterThan(2);
    }

    @Test
    void englishAndPlainGiveCommaCsvWithDecimalPoints() {
        for (List<String> options : List.of(List.of("--lang", "en"), List.of("--csv-style", "plain"))) {
            List<String> args = new ArrayList<>(seed);
            args.addAll(options);
            String text = run(args, "--format", "csv").out();
            assertThat(text).as(options.toString()).doesNotStartWith("\uFEFF");
            List<CsvRecord> rows = records(text, ',');
            assertThat(rows.get(0).getFieldCount()).as(options.toString()).isGreaterThan(10);
            assertThat(text).contains("63.571");
        }
        CliRun bad = CliRun.of(seed.get(0), seed.get(1), seed.get(2), seed.get(3), seed.get(4), seed.get(5), seed.get(6),
                "--csv-style", "fancy");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--csv-style").contains("fancy");
    }

    @Test
    void theLongResultsFormInTheExcelStyleScoresAsThePlainOne() throws IOException {
        Path units = Files.write(dir.resolve("units-2022.csv"), Samples.bytes("units-daklak-2022.csv"));
        Path procedures = Files.write(dir.resolve("procedures.csv"), Samples.bytes("procedures-daklak.csv"));
        Path dossiers = Files.write(dir.resolve("dossiers.csv"), Samples.bytes("dossiers-daklak-2022-06.csv"));
        List<String> indicators = List.of("indicators", "--units", units.toString(), "--procedures", procedures.toString(),
                "--dossiers", dossiers.toString(), "--period", "2022-06");
        Path plain = dir.resolve("plain.csv");
        Path excel = dir.resolve("excel.csv");
        run(indicators, "--out", plain.toString());
        run(indicators, "--out", excel.toString(), "--csv-style", "excel");
        String excelText = Files.readString(excel, StandardCharsets.UTF_8);
        assertThat(excelText).startsWith("\uFEFFunit;indicator;period;");
        assertThat(Files.readString(plain, StandardCharsets.UTF_8)).startsWith("unit,indicator,period,");
        for (String indicator : List.of("ON_TIME_RATE", "ONLINE_RATE", "DIGITIZATION_RATE")) {
            List<String> score = List.of("score", "--units", units.toString(), "--period", "2022-06", "--indicator",
                    indicator, "--target", "50", "--format", "json");
            List<String> fromPlain = new ArrayList<>(score);
            fromPlain.addAll(List.of("--results", plain.toString()));
            List<String> fromExcel = new ArrayList<>(score);
            fromExcel.addAll(List.of("--results", excel.toString()));
            JsonNode a = JSON.readTree(run(fromPlain).out());
            JsonNode b = JSON.readTree(run(fromExcel).out());
            assertThat(a.get("rows").size()).isPositive();
            assertThat(b.get("rows")).as(indicator).isEqualTo(a.get("rows"));
            assertThat(b.get("totals")).isEqualTo(a.get("totals"));
        }
    }

    /** Where LibreOffice is installed: its vi-VN CSV import reads the figures as numbers (cells of type float). */
    @Test
    void libreOfficeWithTheVietnameseLocaleReadsTheFiguresAsNumbers() throws Exception {
        Path soffice = List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice")
                .stream().map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        assumeThat(soffice).as("LibreOffice (apt-get install libreoffice-calc-nogui)").isNotNull();
        Path out = dir.resolve("scoreboard.csv");
        run(seed, "--out", out.toString());
        // CSV filter: separator ';' (59), quote '"' (34), UTF-8 (76), from line 1, language vi-VN (1066)
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--headless", "--infilter=CSV:59,34,76,1,,1066,false,true", "--convert-to", "ods",
                "--outdir", dir.toString(), out.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        Path ods = dir.resolve("scoreboard.ods");
        assertThat(ods).exists();
        String content;
        try (ZipFile zip = new ZipFile(ods.toFile())) {
            content = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher row = Pattern.compile("<table:table-row[^>]*>(.*?)</table:table-row>", Pattern.DOTALL).matcher(content);
        String krongPac = null;
        while (row.find()) {
            if (row.group(1).contains("Krông Pắc")) {
                krongPac = row.group(1);
            }
        }
        assertThat(krongPac).isNotNull();
        assertThat(krongPac).contains("office:value-type=\"float\" office:value=\"63.57\"")
                .contains("office:value-type=\"float\" office:value=\"525\"")
                .contains("office:value-type=\"float\" office:value=\"1495\"");
    }
}
