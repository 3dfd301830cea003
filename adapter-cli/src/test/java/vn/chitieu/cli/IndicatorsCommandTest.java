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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chitieu.cli.dossier.DossierGenerator;
import vn.chitieu.cli.dossier.GeneratedDossier;
import vn.chitieu.cli.dossier.NaiveIndicators;
import vn.chitieu.fixtures.DakLakUnits;
import vn.chitieu.persistence.jdbi.TestPostgres;
import vn.chitieu.unit.Unit;

/**
 * {@code indicators} as a user runs it, against an independent reading of domain.md §9
 * ({@link NaiveIndicators}) on generated dossiers of a 3-tier and a 2-tier province, both header
 * styles, mixed time forms, NDJSON; boundaries and bad records.
 */
class IndicatorsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** code, level as the file writes it, level meant, online payment as written, meant. */
    private static final String[][] PROCEDURES = {
        {"1.001", "FULL", "FULL", "true", "true"},
        {"1.002", "toàn trình", "FULL", "có", "true"},
        {"1.003", "4", "FULL", "0", "false"},
        {"1.004", "PARTIAL", "PARTIAL", "1", "true"},
        {"1.005", "một phần", "PARTIAL", "false", "false"},
        {"1.006", "3", "PARTIAL", "không", "false"},
        {"1.007", "NONE", "NONE", "true", "true"},
        {"1.008", "NONE", "NONE", "false", "false"},
        {"1.009", "FULL", "FULL", "false", "false"},
        {"1.010", "PARTIAL", "PARTIAL", "true", "true"},
    };

    private Path procedures() throws IOException {
        StringBuilder s = new StringBuilder("code,name,level,onlinePayment\n");
        for (String[] p : PROCEDURES) {
            s.append(p[0]).append(",Thủ tục ").append(p[0]).append(',').append(p[1]).append(',').append(p[3]).append('\n');
        }
        return write("procedures.csv", s.toString());
    }

    private static Map<String, NaiveIndicators.Proc> meant() {
        Map<String, NaiveIndicators.Proc> m = new HashMap<>();
        for (String[] p : PROCEDURES) {
            m.put(p[0], new NaiveIndicators.Proc(p[0], p[2], Boolean.parseBoolean(p[4])));
        }
        return m;
    }

    /** The Đắk Lắk units of the seed (province, departments, districts) and three communes or wards under each district. */
    private static List<Unit> threeTier() {
        List<Unit> units = new ArrayList<>(DakLakUnits.of2022());
        List<Unit> communes = new ArrayList<>();
        for (Unit u : units) {
            if (u.kind() == vn.chitieu.unit.UnitKind.DISTRICT) {
                for (int i = 1; i <= 3; i++) {
                    communes.add(new Unit(vn.chitieu.unit.UnitCode.of(u.code().value() + "-xa-" + i),
                            (i == 1 ? "Phường " : "Xã ") + "Số " + i + " " + u.name().replace("UBND ", ""),
                            i == 1 ? vn.chitieu.unit.UnitKind.WARD : vn.chitieu.unit.UnitKind.COMMUNE, u.code()));
                }
            }
        }
        units.addAll(communes);
        return units;
    }

    /** A 2-tier province (since July 2025): the province and its communes and wards. */
    private static List<Unit> twoTier() {
        List<Unit> units = new ArrayList<>();
        units.add(new Unit(vn.chitieu.unit.UnitCode.of("dak-lak"), "Tỉnh Đắk Lắk", vn.chitieu.unit.UnitKind.PROVINCE, null));
        String[] names = {"Phường Buôn Ma Thuột", "Phường Tân An", "Xã Ea Kly", "Xã Krông Pắc", "Xã Hòa Phú", "Đặc khu Mẫu"};
        for (int i = 0; i < names.length; i++) {
            units.add(new Unit(vn.chitieu.unit.UnitCode.of("xa-" + i), names[i], i < 2 ? vn.chitieu.unit.UnitKind.WARD
                    : vn.chitieu.unit.UnitKind.COMMUNE, vn.chitieu.unit.UnitCode.of("dak-lak")));
        }
        return units;
    }

    private Path unitsFile(String name, List<Unit> units) throws IOException {
        StringBuilder s = new StringBuilder("code,name,kind,parent\n");
        for (Unit u : units) {
            s.append(u.code()).append(",\"").append(u.name()).append("\",").append(u.kind()).append(',')
                    .append(u.parent() == null ? "" : u.parent().value()).append('\n');
        }
        return write(name, s.toString());
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

    /** Every (unit, indicator) of the command's JSON equals the independent count, and nothing more. */
    private void assertSameAsNaive(List<Unit> units, List<GeneratedDossier> dossiers, Path unitsFile, Path file,
            String period, LocalDate first, LocalDate last) throws IOException {
        Map<String, String> parent = new HashMap<>();
        Map<String, String> codeOfName = new HashMap<>();
        for (Unit u : units) {
            parent.put(u.code().value(), u.parent() == null ? null : u.parent().value());
            codeOfName.put(u.name(), u.code().value());
            codeOfName.put(u.code().value(), u.code().value());
        }
        Map<String, Map<String, NaiveIndicators.Figure>> expected = NaiveIndicators.compute(
                units.stream().map(u -> u.code().value()).toList(), parent::get, dossiers,
                d -> codeOfName.get(d.unit()), meant(), first, last);
        JsonNode doc = json(CliRun.of("indicators", "--units", unitsFile.toString(), "--procedures", procedures().toString(),
                "--dossiers", file.toString(), "--period", period, "--format", "json"));
        long excluded = dossiers.stream().filter(d -> d.status() == 1 || d.status() == 3 || d.status() == 7).count();
        assertThat(doc.get("period").asText()).isEqualTo(period);
        assertThat(doc.at("/dossiers/read").asLong()).isEqualTo(dossiers.size());
        assertThat(doc.at("/dossiers/excluded").asLong()).isEqualTo(excluded);
        assertThat(doc.at("/dossiers/counted").asLong()).isEqualTo(dossiers.size() - excluded);
        Map<String, Map<String, NaiveIndicators.Figure>> actual = new LinkedHashMap<>();
        for (JsonNode row : doc.get("rows")) {
            assertThat(row.get("period").asText()).isEqualTo(period);
            JsonNode den = row.get("denominator");
            NaiveIndicators.Figure f = new NaiveIndicators.Figure(row.get("numerator").asLong(),
                    den.isNull() ? null : den.asLong());
            actual.computeIfAbsent(row.get("unit").asText(), k -> new LinkedHashMap<>()).put(row.get("indicator").asText(), f);
            if (f.denominator() != null && f.denominator() == 0) {
                assertThat(row.get("value").isNull()).as("0 denominator is not available: " + row).isTrue();
            } else if (f.denominator() != null) {
                assertThat(row.get("value").decimalValue().doubleValue())
                        .isCloseTo(100.0 * f.numerator() / f.denominator(), org.assertj.core.data.Offset.offset(1e-9));
            } else {
                assertThat(row.get("value").asLong()).isEqualTo(f.numerator());
            }
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(expected.size()).as("units with dossiers").isGreaterThan(5);
    }

    private List<GeneratedDossier> generate(long seed, int n, List<Unit> units, boolean byName) {
        List<List<String>> names = new ArrayList<>();
        for (Unit u : units) {
            names.add(byName ? List.of(u.name()) : List.of());
        }
        return new DossierGenerator(seed).dossiers(n, units.stream().map(u -> u.code().value()).toList(), names,
                java.util.Arrays.stream(PROCEDURES).map(p -> p[0]).toList(), 2025, 6);
    }

    private Path csv(String name, List<GeneratedDossier> dossiers, DossierGenerator.Headers headers, char sep, boolean bom,
            long seed) throws IOException {
        Path p = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            new DossierGenerator(seed).writeCsv(w, dossiers, headers, sep, bom);
        }
        return p;
    }

    @Test
    void aThreeTierProvinceWithEnglishHeadersCountsAsTheRulesSay() throws IOException {
        List<Unit> units = threeTier();
        List<GeneratedDossier> dossiers = generate(1, 4000, units, true);
        Path file = csv("dossiers.csv", dossiers, DossierGenerator.Headers.ENGLISH, ',', true, 11);
        assertSameAsNaive(units, dossiers, unitsFile("units.csv", units), file, "2025-06", LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 30));
    }

    @Test
    void aThreeTierProvinceWithNationalHeadersAndSemicolonsOverAQuarter() throws IOException {
        List<Unit> units = threeTier();
        List<GeneratedDossier> dossiers = generate(2, 3000, units, false);
        Path file = csv("hoso.csv", dossiers, DossierGenerator.Headers.NATIONAL, ';', false, 12);
        assertSameAsNaive(units, dossiers, unitsFile("units.csv", units), file, "2025-Q2", LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 6, 30));
    }

    @Test
    void aTwoTierProvinceWithNationalHeaders() throws IOException {
        List<Unit> units = twoTier();
        List<GeneratedDossier> dossiers = generate(3, 2500, units, true);
        Path file = csv("hoso.csv", dossiers, DossierGenerator.Headers.NATIONAL, ',', true, 13);
        assertSameAsNaive(units, dossiers, unitsFile("units.csv", units), file, "2025-06", LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 30));
    }

    @Test
    void ndjsonNationalSyncRecordsWithNestedFeesResultsAndSupplements() throws IOException {
        List<Unit> units = twoTier();
        List<GeneratedDossier> dossiers = generate(4, 1500, units, true);
        Path file = dir.resolve("hoso.ndjson");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new DossierGenerator(14).writeNdjson(w, dossiers);
        }
        assertThat(Files.readString(file)).contains("\"NgayHenTraMoi\"", "\"DanhSachLePhi\":[{", "\"Gia\":\"");
        assertSameAsNaive(units, dossiers, unitsFile("units.csv", units), file, "2025-06", LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 30));
    }

    @Test
    void theNestedListsOfOneSyncRecord() throws IOException {
        Path units = unitsFile("units.csv", twoTier());
        // fee 20,000 + 30,000 > 0, paid online on the gateway (2); the due moved from 10/06 to 20/06 by a supplement
        // request, so finishing on 15/06 is on time; one result document without a link, one with: eResult
        String record = "{\"MaHoSo\":\"H1\",\"MaTTHC\":\"1.001\",\"DonViXuLy\":\"Xã Ea Kly\",\"KenhThucHien\":2,"
                + "\"NgayTiepNhan\":\"20250601080000\",\"NgayHenTra\":\"10/06/2025\",\"NgayKetThucXuLy\":\"2025-06-15 10:00:00\","
                + "\"TrangThaiHoSo\":10,\"DuocThanhToanTrucTuyen\":2,\"HoSoCoThanhPhanSoHoa\":1,"
                + "\"DanhSachLePhi\":[{\"Gia\":20000},{\"Gia\":\"30000\"}],"
                + "\"DanhSachGiayToKetQua\":[{\"TenGiayTo\":\"a\",\"DuongDanTepTinKetQua\":\"\"},{\"DuongDanTepTinKetQua\":\"https://x/kq.pdf\"}],"
                + "\"DanhSachHoSoBoSung\":[{\"NgayHenTraTruoc\":\"10/06/2025\",\"NgayHenTraMoi\":\"20/06/2025\"}],"
                + "\"TruongKhac\":{\"a\":[1,2]}}\n";
        Path file = write("one.jsonl", record);
        JsonNode doc = json(CliRun.of("indicators", "--units", units.toString(), "--procedures", procedures().toString(),
                "--dossiers", file.toString(), "--period", "2025-06", "--unit", "xa-2", "--format", "json"));
        Map<String, String> figures = new HashMap<>();
        for (JsonNode r : doc.get("rows")) {
            assertThat(r.get("unit").asText()).isEqualTo("xa-2");
            figures.put(r.get("indicator").asText(), r.get("numerator").asText() + "/" + r.get("denominator").asText());
        }
        assertThat(figures).containsEntry("ON_TIME_RATE", "1/1").containsEntry("ONLINE_PAYMENT_DOSSIERS", "1/1")
                .containsEntry("DIGITIZATION_RATE", "1/1").containsEntry("ONLINE_PAYMENT_PROCEDURES", "1/1")
                .containsEntry("FULL_ONLINE_RATE", "1/1").hasSize(10);
    }

    @Test
    void boundaryTimesAndNotAvailable() throws IOException {
        Path units = unitsFile("units.csv", twoTier());
        Path file = write("b.csv", String.join("\n",
                "code,procedure,unit,channel,received,due,finished,status,paidOnline,fee,digitized,eResult",
                // received on the last second of June: received in P; finished on the last second, due the date alone (23:59:59): on time
                "A,1.008,xa-0,1,2025-06-30 23:59:59,30/06/2025,30/06/2025 23:59:59,10,0,0,0,0",
                // received on the first second of July: not received in June, not pending at its end
                "B,1.008,xa-0,1,2025-07-01 00:00:00,,,4,0,0,0,0",
                // finished one second after its deadline, on the last second of June: late
                "C,1.008,xa-0,1,20250610080000,2025-06-30 23:59:58,20250630235959,9,0,0,0,0",
                // pending at the end of June, due the 30th as a date alone (23:59:59 = the end): not overdue
                "D,1.008,xa-0,1,2025-06-01,2025-06-30,,4,0,0,0,0",
                // pending, due the 29th as a date alone: overdue
                "E,1.008,xa-0,1,01/06/2025,20250629,,5,0,0,0,0",
                // received in May, finished on 1 June 00:00:00 given as the date alone: finished in June, not received in it
                "F,1.008,xa-0,1,2025-05-20 09:00:00,,2025-06-01,8,0,0,0,0",
                // withdrawn: counts nowhere
                "G,1.008,xa-0,1,2025-06-05 09:00:00,,,7,0,0,0,0",
                ""));
        JsonNode doc = json(CliRun.of("indicators", "--units", units.toString(), "--procedures", procedures().toString(),
                "--dossiers", file.toString(), "--period", "2025-06", "--format", "json"));
        Map<String, JsonNode> xa0 = new HashMap<>();
        for (JsonNode r : doc.get("rows")) {
            if (r.get("unit").asText().equals("xa-0")) {
                xa0.put(r.get("indicator").asText(), r);
            }
        }
        assertThat(doc.at("/dossiers/read").asLong()).isEqualTo(7);
        assertThat(doc.at("/dossiers/excluded").asLong()).isEqualTo(1);
        assertThat(xa0.get("RECEIVED").get("numerator").asLong()).isEqualTo(4); // A, C, D, E
        assertThat(xa0.get("RESOLVED").get("numerator").asLong()).isEqualTo(3); // A, C, F
        // on time: A and F (no due) / finished 3 + overdue pending 1 (E)
        assertThat(xa0.get("ON_TIME_RATE").get("numerator").asLong()).isEqualTo(2);
        assertThat(xa0.get("ON_TIME_RATE").get("denominator").asLong()).isEqualTo(4);
        assertThat(xa0.get("ON_TIME_RATE").get("value").decimalValue()).isEqualByComparingTo("50");
        // progress: (2 on time + D pending within its deadline) / (3 finished + 2 pending)
        assertThat(xa0.get("PROGRESS_RATE").get("numerator").asLong()).isEqualTo(3);
        assertThat(xa0.get("PROGRESS_RATE").get("denominator").asLong()).isEqualTo(5);
        // procedure 1.008 is not online and offers no online payment: denominators 0, not available, never 0 %
        for (String code : List.of("ONLINE_RATE", "FULL_ONLINE_RATE", "ONLINE_PAYMENT_DOSSIERS",
                "ONLINE_PAYMENT_PROCEDURES", "ONLINE_SERVICE_UPTAKE")) {
            assertThat(xa0.get(code).get("denominator").asLong()).as(code).isZero();
            assertThat(xa0.get(code).get("value").isNull()).as(code).isTrue();
        }
        assertThat(xa0.get("DIGITIZATION_RATE").get("value").decimalValue()).isEqualByComparingTo("0");
        // the province covers its commune; the other communes have no dossier and no rows
        assertThat(doc.get("rows").findValuesAsText("unit")).containsOnly("dak-lak", "xa-0");
    }

    @Test
    void everyBadRecordIsListedWithFileLineColumnAndValueAndNothingIsWritten() throws IOException {
        Path units = unitsFile("units.csv", twoTier());
        Path file = write("bad.csv", String.join("\n",
                "MaHoSo;MaTTHC;DonViXuLy;KenhThucHien;NgayTiepNhan;NgayHenTra;NgayKetThucXuLy;TrangThaiHoSo;DuocThanhToanTrucTuyen;LePhi;HoSoCoThanhPhanSoHoa;CoKetQuaDienTu",
                "H1;1.001;xa-0;2;2025-06-02 08:00:00;;;4;0;0;0;0",
                "H1;1.001;xa-0;2;2025-06-02 08:00:00;;;4;0;0;0;0",
                "H3;9.999;xa-0;2;2025-06-02 08:00:00;;;4;0;0;0;0",
                "H4;1.001;Xã Không Có;2;2025-06-02 08:00:00;;;4;0;0;0;0",
                "H5;1.001;xa-0;4;2025-06-02 08:00:00;;;4;0;0;0;0",
                "H6;1.001;xa-0;2;2025-06-02 08:00:00;;;11;0;0;0;0",
                "H7;1.001;xa-0;2;31/06/2025;;;4;0;0;0;0",
                "H8;1.001;xa-0;2;2025-06-10 08:00:00;;2025-06-09 08:00:00;8;0;0;0;0",
                "H9;1.001;xa-0;2;2025-06-10 08:00:00;09/06/2025;;4;0;0;0;0",
                "H10;1.001;xa-0;2;2025-06-10 08:00:00;;;9;0;0;0;0",
                "H11;1.001;xa-0;2;2025-06-10 08:00:00;;;4;0;-5000;0;0",
                "H12;1.001;xa-0;2;2025-06-10 08:00:00;;;4;3;0;0;0",
                ""));
        Path out = dir.resolve("results.csv");
        CliRun run = CliRun.of("indicators", "--units", units.toString(), "--procedures", procedures().toString(),
                "--dossiers", file.toString(), "--period", "2025-06", "--out", out.toString(), "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(out).doesNotExist();
        String f = file.toString();
        assertThat(run.err()).contains(
                f + ":3: column 'MaHoSo', value 'H1': dossier code given twice in the file (first on line 2)",
                f + ":4: column 'MaTTHC', value '9.999': unknown procedure",
                f + ":5: column 'DonViXuLy', value 'Xã Không Có'",
                f + ":6: column 'KenhThucHien', value '4'",
                f + ":7: column 'TrangThaiHoSo', value '11'",
                f + ":8: column 'NgayTiepNhan', value '31/06/2025': not a time",
                f + ":9: column 'NgayKetThucXuLy', value '2025-06-09 08:00:00': finished before received",
                f + ":10: column 'NgayHenTra', value '09/06/2025': due before received",
                f + ":11: column 'NgayKetThucXuLy': status 9 (processed) needs a finished time",
                f + ":12: column 'LePhi', value '-5000': a fee cannot be negative",
                f + ":13: column 'DuocThanhToanTrucTuyen', value '3': paid online is 0");
        assertThat(run.err()).doesNotContain(f + ":2:");
    }

    @Test
    void everyBadRecordReadsInVietnameseAndAHeaderRepeatedInsideTheFileIsOneProblem() throws IOException {
        Path units = unitsFile("units.csv", twoTier());
        String header = "code,procedure,unit,channel,received,due,finished,status,paidOnline,fee,digitized,eResult";
        Path file = write("bad.csv", String.join("\n", header,
                "H1,1.001,xa-0,2,2025-06-02 08:00:00,,,4,0,0,0,0",
                ",1.001,xa-0,2,2025-06-02 08:00:00,,,4,0,0,0,0",
                "H3,,xa-0,2,2025-06-02 08:00:00,,,4,0,0,0,0",
                "H4,1.001,,2,2025-06-02 08:00:00,,,4,0,0,0,0",
                "H5,1.001,xa-0,2,,,,4,0,0,0,0",
                "H6,1.001,xa-0,2,2025-13-02,,,4,0,0,0,0",
                "H7,1.001,xa-0,2,6/3/2025,,,4,0,0,0,0",
                "H8,1.001,xa-0,2,2025-06-02 08:00:00,,,4,0,0,2,0",
                "H9,1.001,xa-0,2,2025-06-02 08:00:00,,,4,0,0,0,x",
                "H10,1.001,xa-0,2,2025-06-02 08:00:00,,,4,0,abc,0,0",
                header,
                "H12,1.001,xa-0,2,2025-06-02 08:00:00,,,4,0,0,0,0",
                ""));
        List<String> args = List.of("indicators", "--units", units.toString(), "--procedures", procedures().toString(),
                "--dossiers", file.toString(), "--period", "2025-06");
        CliRun vi = CliRun.of(args.toArray(String[]::new));
        List<String> en = new ArrayList<>(args);
        en.addAll(List.of("--lang", "en"));
        CliRun english = CliRun.of(en.toArray(String[]::new));

        assertThat(vi.exitCode()).isEqualTo(2);
        String f = file.toString();
        assertThat(vi.err()).contains(
                f + ":6: cột 'received': cần có thời gian tiếp nhận (trạng thái 4)",
                f + ":7: cột 'received', giá trị '2025-13-02': không phải thời gian: hãy viết yyyyMMddHHmmss, "
                        + "yyyy-MM-dd HH:mm:ss, yyyy-MM-ddTHH:mm:ss, dd/MM/yyyy HH:mm:ss, dd/MM/yyyy, yyyy-MM-dd hoặc yyyyMMdd",
                f + ":8: cột 'received', giá trị '6/3/2025': ngày và tháng phải có đủ hai chữ số (dd/MM/yyyy, ví dụ 06/03/2025)",
                f + ":9: cột 'digitized', giá trị '2': giá trị là 0 (không) hoặc 1 (có)",
                f + ":10: cột 'eResult', giá trị 'x': giá trị là 0 (không) hoặc 1 (có)",
                f + ":12: lại là dòng tiêu đề, ở giữa tệp (các tệp được nối liền nhau?): hãy xóa dòng này");
        assertThat(english.err()).contains(
                f + ":8: column 'received', value '6/3/2025': day and month take two digits (dd/MM/yyyy, e.g. 06/03/2025)",
                f + ":12: the header line again, inside the file (files joined one after another?): remove this line");
        // the repeated header is one problem, not one a column
        assertThat(vi.err().lines().filter(l -> l.contains(f + ":12:"))).hasSize(1);
        // every reason is Vietnamese: no line reads as its English twin past the file and line
        List<String> viLines = vi.err().lines().filter(l -> l.contains(f + ":")).toList();
        List<String> enLines = english.err().lines().filter(l -> l.contains(f + ":")).toList();
        assertThat(viLines).hasSize(enLines.size()).hasSize(10);
        for (int i = 0; i < viLines.size(); i++) {
            String viReason = viLines.get(i).substring(viLines.get(i).lastIndexOf(": ") + 2);
            String enReason = enLines.get(i).substring(enLines.get(i).lastIndexOf(": ") + 2);
            assertThat(viReason).as(viLines.get(i)).isNotEqualTo(enReason);
        }
    }

    @Test
    void aMisspeltPaymentHeaderExitsTwoNamingItInsteadOfCountingEveryDossierUnpaid() throws IOException {
        Path units = unitsFile("units.csv", twoTier());
        Path file = write("typo.csv", "MaHoSo;MaTTHC;DonViXuLy;KenhThucHien;NgayTiepNhan;TrangThaiHoSo;DuocThanhToanTrucTuyn\n"
                + "H1;1.001;xa-0;2;2025-06-02 08:00:00;4;1\n");
        Path out = dir.resolve("results.csv");

        CliRun run = CliRun.of("indicators", "--units", units.toString(), "--procedures", procedures().toString(),
                "--dossiers", file.toString(), "--period", "2025-06", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(run.err()).contains(file + ":1: cột 'DuocThanhToanTrucTuyn'",
                "có phải là 'DuocThanhToanTrucTuyen'?").doesNotContain("Exception");
    }

    @Test
    void theLongFormFeedsScoreAndImportResultsAndScoringFromDossiersGivesTheSameBoard() throws IOException {
        List<Unit> list = threeTier();
        Path units = unitsFile("units.csv", list);
        List<GeneratedDossier> dossiers = generate(5, 2000, list, true);
        Path file = csv("dossiers.csv", dossiers, DossierGenerator.Headers.ENGLISH, ',', false, 15);
        Path results = dir.resolve("results.csv");
        CliRun made = CliRun.of("indicators", "--units", units.toString(), "--procedures", procedures().toString(),
                "--dossiers", file.toString(), "--period", "2025-06", "--out", results.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(Files.readAllLines(results).get(0)).startsWith("unit,indicator,period,numerator,denominator,rate");

        JsonNode fromFile = json(CliRun.of("score", "--units", units.toString(), "--results", results.toString(),
                "--period", "2025-06", "--target", "80", "--format", "json"));
        JsonNode fromDossiers = json(CliRun.of("score", "--units", units.toString(), "--dossiers", file.toString(),
                "--procedures", procedures().toString(), "--period", "2025-06", "--target", "80", "--format", "json"));
        assertThat(fromDossiers.get("rows")).isEqualTo(fromFile.get("rows"));
        // each row covers its unit's subtree: the overall counts are the province's own, not the sum of all rows
        JsonNode onTime = json(CliRun.of("score", "--units", units.toString(), "--dossiers", file.toString(),
                "--procedures", procedures().toString(), "--period", "2025-06", "--indicator", "ON_TIME_RATE",
                "--target", "80", "--format", "json"));
        String root = list.stream().filter(u -> u.parent() == null).findFirst().orElseThrow().code().value();
        JsonNode province = null;
        for (JsonNode r : onTime.get("rows")) {
            province = r.get("unit").asText().equals(root) ? r : province;
        }
        assertThat(province).isNotNull();
        assertThat(onTime.at("/totals/numerator").asLong()).isEqualTo(province.get("numerator").asLong());
        assertThat(onTime.at("/totals/denominator").asLong()).isEqualTo(province.get("denominator").asLong());
        assertThat(onTime.at("/totals/rows").asInt()).isEqualTo(onTime.get("rows").size());
        JsonNode indicators = json(CliRun.of("indicators", "--units", units.toString(), "--procedures",
                procedures().toString(), "--dossiers", file.toString(), "--period", "2025-06", "--format", "json"));
        assertThat(fromFile.get("rows").size()).isEqualTo(indicators.get("rows").size());
        Map<String, JsonNode> scored = new HashMap<>();
        fromFile.get("rows").forEach(r -> scored.put(r.get("unit").asText() + "|" + r.get("indicator").asText(), r));
        for (JsonNode r : indicators.get("rows")) {
            JsonNode s = scored.get(r.get("unit").asText() + "|" + r.get("indicator").asText());
            assertThat(s).as(r.toString()).isNotNull();
            if (!r.get("denominator").isNull()) {
                assertThat(s.get("numerator").asLong()).isEqualTo(r.get("numerator").asLong());
                assertThat(s.get("denominator").asLong()).isEqualTo(r.get("denominator").asLong());
            }
            assertThat(s.get("value").isNull()).isEqualTo(r.get("value").isNull());
        }

        TestPostgres.freshStorage();
        String db = TestPostgres.database().jdbcUrl();
        assertThat(CliRun.of("import", "units", units.toString(), "--db-url", db).exitCode()).isZero();
        CliRun dry = CliRun.of("import", "results", results.toString(), "--db-url", db, "--dry-run", "--format", "json");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(JSON.readTree(dry.out()).get("inserted").asLong()).isEqualTo(indicators.get("rows").size());
    }

    @Test
    void aDeadlineTypedIntoExcelAsADateLastsTheWholeDay() throws IOException {
        Path units = write("units.csv", "code,name,kind,parent\ntinh,UBND tỉnh Mẫu,PROVINCE,\nhuyen,UBND huyện Mẫu,DISTRICT,tinh\n");
        Path procedures = write("procedures.csv", "code,name,level,onlinePayment\n1.001,Cấp phiếu lý lịch tư pháp,FULL,true\n");
        Path xlsx = dir.resolve("hoso-ngay.xlsx");
        try (java.io.OutputStream out = Files.newOutputStream(xlsx)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Hồ sơ");
            String[] header = {"code", "procedure", "unit", "channel", "received", "due", "finished", "status"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            ws.value(1, 0, "A");
            ws.value(1, 1, "1.001");
            ws.value(1, 2, "huyen");
            ws.value(1, 3, 2);
            ws.value(1, 4, java.time.LocalDateTime.of(2022, 6, 1, 8, 0));
            ws.style(1, 4).format("dd/mm/yyyy hh:mm:ss").set();
            ws.value(1, 5, java.time.LocalDate.of(2022, 6, 5)); // the deadline: a date, shown as one
            ws.style(1, 5).format("dd/mm/yyyy").set();
            ws.value(1, 6, java.time.LocalDateTime.of(2022, 6, 5, 15, 0)); // finished that afternoon
            ws.style(1, 6).format("dd/mm/yyyy hh:mm").set();
            ws.value(1, 7, 10);
            wb.finish();
        }

        JsonNode doc = json(CliRun.of("indicators", "--units", units.toString(), "--procedures", procedures.toString(),
                "--dossiers", xlsx.toString(), "--period", "2022-06", "--unit", "huyen", "--format", "json"));

        JsonNode onTime = null;
        for (JsonNode r : doc.get("rows")) {
            if (r.get("indicator").asText().equals("ON_TIME_RATE")) {
                onTime = r;
            }
        }
        assertThat(onTime).isNotNull();
        assertThat(onTime.get("denominator").asLong()).isEqualTo(1);
        assertThat(onTime.get("numerator").asLong()).as("finished on the day due: on time").isEqualTo(1);
    }

    @Test
    void aWorkbookOfDossiersCountsAsTheSameCsvDoes() throws IOException {
        List<Unit> units = twoTier();
        List<GeneratedDossier> dossiers = generate(6, 400, units, true);
        Path csv = csv("hoso.csv", dossiers, DossierGenerator.Headers.NATIONAL, ',', false, 16);
        Path xlsx = dir.resolve("hoso.xlsx");
        List<String> lines = Files.readAllLines(csv);
        try (java.io.OutputStream out = Files.newOutputStream(xlsx)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Hồ sơ");
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (r > 0 && c == 4 && cells[c].length() == 19 && cells[c].charAt(4) == '-') {
                        // a received time typed into Excel as a date: a number with a date format
                        ws.value(r, c, java.time.LocalDateTime.parse(cells[c].replace(' ', 'T')));
                        ws.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
                    } else if (r > 0 && (c == 3 || c == 7 || c == 9)) {
                        ws.value(r, c, Long.parseLong(cells[c]));
                    } else {
                        ws.value(r, c, cells[c]);
                    }
                }
            }
            wb.finish();
        }
        assertSameAsNaive(units, dossiers, unitsFile("units.csv", units), xlsx, "2025-06", LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 30));
    }
}
