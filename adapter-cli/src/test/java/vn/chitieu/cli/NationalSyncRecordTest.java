package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NDJSON records shaped as the public integrations send the national sync record {@code HoSoDongBoDVC}
 * (every field of the record and of its nested lists, C# DateTime forms, nulls; names checked against
 * public integration code, see the k-766 report): the nested fee, result-document and supplement lists
 * are read as domain.md §9 says (fee the sum of {@code Gia}, eResult a non-empty
 * {@code DuongDanTepTinKetQua}, due the last {@code NgayHenTraMoi} given).
 */
class NationalSyncRecordTest {

    @TempDir
    Path dir;

    private static String record(String code, String status, String fees, String results, String supplements) {
        return "{\"MaHoSo\":\"" + code + "\",\"MaTTHC\":\"1.001\",\"TenTTHC\":\"Cấp phiếu lý lịch tư pháp\","
                + "\"MaLinhVuc\":\"LV01\",\"TenLinhVuc\":\"Lý lịch tư pháp\",\"KenhThucHien\":\"2\","
                + "\"SoGiayToChuHoSo\":\"001\",\"ChuHoSo\":\"Nguyễn Văn A\",\"LoaiDoiTuong\":\"1\",\"MaDoiTuong\":\"\","
                + "\"ThongTinKhac\":\"\",\"Email\":\"\",\"Fax\":\"\",\"SoDienThoai\":null,\"TrichYeuHoSo\":\"x\","
                + "\"NgayTiepNhan\":\"20220601080000\",\"NgayHenTra\":\"20220605170000\",\"TrangThaiHoSo\":\"" + status + "\","
                + "\"NgayTra\":\"\",\"ThongTinTra\":null,\"HinhThuc\":\"0\",\"NgayKetThucXuLy\":\"20220608100000\","
                + "\"DonViXuLy\":\"huyen\",\"GhiChu\":\"\","
                + "\"TaiLieuNop\":[{\"TepDinhKemId\":\"\",\"TenTepDinhKem\":\"don.pdf\",\"IsDeleted\":\"0\","
                + "\"MaThanhPhanHoSo\":\"TP1\",\"DuongDanTaiTepTin\":\"https://x/don.pdf\",\"DuocSoHoa\":\"1\","
                + "\"DuocTaiSuDung\":\"0\",\"DuocLayTuKhoDMQG\":\"1\",\"MaKetQuaThayThe\":null}],"
                + "\"DanhSachLePhi\":" + fees + ",\"DanhSachTepDinhKemKhac\":[],"
                + "\"DanhSachHoSoBoSung\":" + supplements + ",\"DanhSachGiayToKetQua\":" + results + ","
                + "\"NoiNopHoSo\":\"1\",\"HoSoCoThanhPhanSoHoa\":\"1\",\"TaiKhoanDuocXacThucVoiVNeID\":\"1\","
                + "\"DuocThanhToanTrucTuyen\":\"1\",\"NgayTuChoi\":null,"
                + "\"DinhDanhCHS\":[{\"LoaiDinhDanh\":\"1\",\"SoDinhDanh\":\"001\"}],\"NgayNopHoSo\":\"20220601075500\","
                + "\"DSKetNoiCSDL\":[{\"MaCSDL\":\"CSDLDC\"}]}";
    }

    private static String fee(String gia) {
        return "{\"TenPhiLePhi\":\"Lệ phí\",\"MaPhiLePhi\":\"LP1\",\"HinhThucThu\":\"1\",\"Gia\":\"" + gia
                + "\",\"LoaiPhiLePhi\":\"1\"}";
    }

    private static String result(String link) {
        return "{\"TenGiayTo\":\"Phiếu\",\"MaThanhPhanHoSo\":\"\",\"GiayToId\":\"\",\"DuongDanTepTinKetQua\":\"" + link
                + "\",\"MaGiayToKetQua\":\"KQ1\"}";
    }

    private static String supplement(int id, String next) {
        return "{\"HoSoBoSungId\":" + id + ",\"NguoiYeuCauBoSung\":\"Cán bộ\",\"NoiDungBoSung\":\"Bổ sung\","
                + "\"NgayBoSung\":\"2022-06-03T09:00:00\",\"NguoiTiepNhanBoSung\":null,\"ThongTinTiepNhan\":null,"
                + "\"NgayTiepNhanBoSung\":null,\"TrangThaiBoSung\":true,\"DanhSachGiayToBoSung\":[],"
                + "\"DanhSachLePhiBoSung\":[],\"NgayHenTraTruoc\":\"2022-06-05T17:00:00\",\"NgayHenTraMoi\":"
                + (next == null ? "null" : "\"" + next + "\"") + "}";
    }

    private Path units() throws IOException {
        return Files.writeString(dir.resolve("units.csv"),
                "code,name,kind,parent\ntinh,UBND tỉnh Mẫu,PROVINCE,\nhuyen,UBND huyện Mẫu,DISTRICT,tinh\n", StandardCharsets.UTF_8);
    }

    private Path procedures() throws IOException {
        return Files.writeString(dir.resolve("procedures.csv"),
                "code,name,level,onlinePayment\n1.001,Cấp phiếu lý lịch tư pháp,FULL,true\n", StandardCharsets.UTF_8);
    }

    @Test
    void theNestedListsOfAFullNationalSyncRecordGiveFeeEResultAndTheLastDeadline() throws IOException {
        Path units = units();
        Path procedures = procedures();
        // A: fees 50 000 + 20 000, a result file, the deadline moved to 9 June by the first supplement (the
        // second gives no new one): finished on 8 June, on time. B: a fee of 0, an empty result link, no
        // supplement: due 5 June, finished on 8 June, late.
        String a = record("A", "10", "[" + fee("50000") + "," + fee("20000") + "]", "[" + result("https://x/kq.pdf") + "]",
                "[" + supplement(1, "2022-06-09T17:00:00") + "," + supplement(2, null) + "]");
        String b = record("B", "9", "[" + fee("0") + "]", "[" + result("") + "]", "[]");
        Path file = dir.resolve("dossiers.ndjson");
        Files.writeString(file, a + "\n" + b + "\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("indicators", "--units", units.toString(), "--procedures", procedures.toString(),
                "--dossiers", file.toString(), "--period", "2022-06", "--unit", "huyen", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, JsonNode> rows = new HashMap<>();
        for (JsonNode r : new ObjectMapper().readTree(run.out()).get("rows")) {
            rows.put(r.get("indicator").asText(), r);
        }
        assertThat(rows.get("RESOLVED").get("numerator").asLong()).isEqualTo(2);
        // A on time by its moved deadline, B late
        assertThat(rows.get("ON_TIME_RATE").get("numerator").asLong()).isEqualTo(1);
        assertThat(rows.get("ON_TIME_RATE").get("denominator").asLong()).isEqualTo(2);
        // only A has a result file
        assertThat(rows.get("DIGITIZATION_RATE").get("numerator").asLong()).isEqualTo(1);
        // only A has a fee (70 000), paid online
        assertThat(rows.get("ONLINE_PAYMENT_DOSSIERS").get("numerator").asLong()).isEqualTo(1);
        assertThat(rows.get("ONLINE_PAYMENT_DOSSIERS").get("denominator").asLong()).isEqualTo(1);
    }

    @Test
    void aMisspeltKeyOfARecordExitsTwoNamingTheLineInsteadOfLeavingItsDossierUnpaid() throws IOException {
        Path units = units();
        Path procedures = procedures();
        String good = record("A", "10", "[" + fee("50000") + "]", "[]", "[]");
        Path file = dir.resolve("dossiers.ndjson");
        Files.writeString(file, good + "\n" + record("B", "10", "[" + fee("50000") + "]", "[]", "[]")
                .replace("\"DuocThanhToanTrucTuyen\"", "\"DuocThanhToanTrucTuyn\"") + "\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("indicators", "--units", units.toString(), "--procedures", procedures.toString(),
                "--dossiers", file.toString(), "--period", "2022-06", "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(file + ":2:", "the key 'DuocThanhToanTrucTuyn' is not read; did you mean "
                + "'DuocThanhToanTrucTuyen'?").doesNotContain(file + ":1:");
    }
}
