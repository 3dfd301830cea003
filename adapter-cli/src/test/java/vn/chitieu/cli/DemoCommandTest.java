package vn.chitieu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void theDemoResolvesEverySeed003NameFromTheBundledSamples() {
        CliRun run = CliRun.of("demo");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("58 tên khớp, 0 mơ hồ, 0 không rõ");
    }

    @Test
    void theDemoDraftsTheDakLak2022DecisionAndCascadesBuonHosTarget() {
        CliRun run = CliRun.of("demo");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("33 đơn vị, 4 điều chỉnh", "I. CÁC SỞ, BAN, NGÀNH", " 99,96 |",
                "Giao chỉ tiêu của UBND thị xã Buôn Hồ (45%)", "Phường An Lạc");
    }

    @Test
    void theDemoReadsSeed000WithBothIndicators() throws IOException {
        CliRun run = CliRun.of("demo");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // seed 000 prints 33 lines (18 departments, 15 districts), each with a digitization target
        // (50 % for a department, 40 % for a district) and an online-rate target (Sở Công Thương: 50 %, 99 %)
        assertThat(run.out()).contains("Đã dự thảo (Dự thảo, daklak, 2022): 66 mức giao, căn cứ 3478/QĐ-UBND (2021-12-10), 629/QĐ-UBND (2022-03-15)",
                "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC: 33 mức giao (50%: 18, 40%: 15)",
                "Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến: 33 mức giao (từ 40% đến 99%)", "(5 dòng đầu trong 33 dòng)");
        String seed = Files.readString(Path.of("src/main/resources/samples/appendix-daklak-2022.txt"));
        assertThat(seed).contains("Quyết định số 3478/QĐ-UBND ngày 10/12/2021 của UBND tỉnh",
                "Quyết định số 629/QĐ-UBND ngày 15/3/2022 của UBND tỉnh");
        assertThat(run.out()).containsPattern("1 +\\| Sở Công Thương +\\| +118 \\| +50 \\| +99,96 \\| +99(?![,.\\d])");
    }

    @Test
    void theDemoShowsSeed001sLegalBasesAndGroupTargets() throws IOException {
        CliRun run = CliRun.of("demo");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("61/2018/NĐ-CP | 2018-04-23 | Chính phủ", "45/2020/NĐ-CP | 2020-04-08",
                "766/QĐ-TTg    | 2022-06-23 | Thủ tướng Chính phủ", "55/QĐ-UBND    | 2023-02-08 | Ủy ban nhân dân tỉnh Kon Tum",
                "Chỉ tiêu giao cho nhóm đơn vị, năm 2023: 7 chỉ tiêu");
        // the legal bases the demo lists are those the seed's preamble prints
        String seed = Files.readString(Path.of("src/main/resources/samples/appendix-dakha-2023.txt"));
        assertThat(seed).contains("Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ",
                "Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ",
                "Quyết định số 766/QĐ-TTg ngày 23 tháng 6 năm 2022 của Thủ tướng Chính phủ",
                "Quyết định số 55/QĐ-UBND ngày 08 tháng 02 năm 2023 của Ủy ban nhân dân tỉnh Kon Tum");
        // seed 001's appendix: I.2 assigns 15 % digitization to "UBND cấp xã", IV.1 95 % on time to the district
        // offices, II 60 % full-online to "UBND huyện, UBND cấp xã"; drafted over units-dakha-2023.csv: a township
        // and three communes, three offices, and the district itself
        assertThat(run.out()).contains("Đã dự thảo (Dự thảo, dak-ha, 2023): Về việc giao chỉ tiêu triển khai số hóa hồ sơ")
                .containsPattern("UBND cấp xã +\\| Phường, Thị trấn, Xã +\\| +4 \\| Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC +\\| +15 \\| %")
                .containsPattern("Các cơ quan chuyên môn cấp huyện \\| Phòng, ban cấp huyện +\\| +3 \\| Tỷ lệ hồ sơ TTHC giải quyết đúng hạn +\\| +95 \\|")
                .containsPattern("UBND huyện, UBND cấp xã +\\| Đơn vị ban hành, Phường, Thị trấn, Xã \\| +5 \\| Tỷ lệ hồ sơ trực tuyến toàn trình +\\| +60 \\|")
                .contains("Mục 7.3.4 (Bảng 2 kèm theo Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ)");
    }

    @Test
    void theDemoDraftsKhanhHoas2026TargetsFromTheOldUnits2025CountsThroughTheLineage() throws IOException {
        CliRun run = CliRun.of("demo");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // baseline-khanhhoa-2025.csv: Ninh Hưng 495/630, Ninh Lộc 391/651, Ninh Ích 313/332, merged into Xã Ninh Hưng:
        // by hand 1199 / 1613 = 74.33 %, + 2 points, rounded up: 77 %
        String baseline = Files.readString(Path.of("src/main/resources/samples/baseline-khanhhoa-2025.csv"));
        assertThat(baseline).contains("cu-xa-ninh-hung,ONLINE_RATE,2025-H1,495,630", "cu-xa-ninh-loc,ONLINE_RATE,2025-H1,391,651",
                "cu-xa-ninh-ich,ONLINE_RATE,2025-H1,313,332");
        assertThat(run.out()).contains("tỉnh Khánh Hòa (chính quyền hai cấp)", "(ba cấp, 9 huyện)",
                        "hai cấp: 91 xã, phường, đặc khu")
                .containsPattern("xa-ninh-hung +\\| UBND xã Ninh Hưng +\\| Xã +\\| +\\| +74,33 \\| +1\\.199 \\| +1\\.613 \\| "
                        + "cu-xa-ninh-hung, cu-xa-ninh-loc, cu-xa-ninh-ich +\\| +77 \\| +77(?![,.\\d])")
                .contains("cu-xa-dien-lam×0.6", "UBND đặc khu Trường Sa", "xa-son-trung: không quy đổi được");
    }

    @Test
    void theDemoComputesAndScoresTheJuneDossiers() throws IOException {
        CliRun run = CliRun.of("demo");
        assertThat(run.exitCode()).as(run.err()).isZero();
        long records;
        try (var lines = Files.lines(Path.of("src/main/resources/samples/dossiers-daklak-2022-06.csv"))) {
            records = lines.count() - 1;
        }
        String out = run.out();
        String dossiers = out.substring(out.indexOf("Chỉ tiêu tính từ hồ sơ, kỳ Tháng 6/2022"));
        assertThat(dossiers).contains("Hồ sơ: đọc " + records + ",", "| UBND tỉnh Đắk Lắk | Tỷ lệ hồ sơ TTHC giải quyết đúng hạn",
                "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC");
        String board = dossiers.substring(dossiers.indexOf("Kết quả thực hiện so với chỉ tiêu"));
        // the 15 districts of units-daklak-2022.csv against 90 %, and neither the province nor a department
        assertThat(board).contains("UBND thành phố Buôn Ma Thuột", "UBND huyện Lắk", "/15").containsPattern("\\|\\s+90 \\|")
                .doesNotContain("Sở Công Thương", "UBND tỉnh Đắk Lắk");
    }

    @Test
    void theDemoSpeaksEnglishWhenAsked() {
        CliRun run = CliRun.of("demo", "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("58 matched, 0 ambiguous, 0 unknown",
                "Share of dossiers and results digitized: 33 targets (50%: 18, 40%: 15)", "Legal bases (4 of the decision's)",
                "Targets for groups of units, 2023: 7 targets", "Dossiers: read 3000,");
    }
}
