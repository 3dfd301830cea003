package vn.chitieu.cli.dossier;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.chitieu.cli.io.TableFiles;
import vn.chitieu.table.Table;
import vn.chitieu.table.TableRow;

/**
 * Writes the dossier samples of {@code adapter-cli/src/main/resources/samples/} (deterministic: the same
 * files every run): {@code procedures-daklak.csv}, a month of dossiers over the Đắk Lắk 2022 units
 * ({@code dossiers-daklak-2022-06.csv}, national sync headers) and a few national sync records as NDJSON
 * ({@code dossiers-daklak-2022-06.ndjson}). Run from the repository root:
 * {@code java -cp <test classpath> vn.chitieu.cli.dossier.SampleDossiers adapter-cli/src/main/resources/samples}.
 */
public final class SampleDossiers {

    /** Illustrative procedures (codes made up in the national form), with levels and online payment. */
    static final String[][] PROCEDURES = {
        {"1.000001.000.00.00.H12", "Cấp giấy phép xây dựng", "PARTIAL", "true"},
        {"1.000002.000.00.00.H12", "Đăng ký khai sinh", "FULL", "false"},
        {"1.000003.000.00.00.H12", "Cấp giấy chứng nhận đăng ký hộ kinh doanh", "FULL", "true"},
        {"1.000004.000.00.00.H12", "Cấp phiếu lý lịch tư pháp", "FULL", "true"},
        {"1.000005.000.00.00.H12", "Chứng thực bản sao từ bản chính", "PARTIAL", "true"},
        {"1.000006.000.00.00.H12", "Đăng ký kết hôn", "PARTIAL", "false"},
        {"1.000007.000.00.00.H12", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu", "PARTIAL", "true"},
        {"1.000008.000.00.00.H12", "Cấp giấy phép kinh doanh vận tải bằng xe ô tô", "FULL", "true"},
        {"1.000009.000.00.00.H12", "Cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm", "PARTIAL", "true"},
        {"1.000010.000.00.00.H12", "Cấp giấy phép lao động cho người nước ngoài", "FULL", "false"},
        {"1.000011.000.00.00.H12", "Đăng ký thành lập doanh nghiệp", "FULL", "true"},
        {"1.000012.000.00.00.H12", "Xác nhận tình trạng hôn nhân", "PARTIAL", "false"},
        {"1.000013.000.00.00.H12", "Cấp giấy phép khai thác nước dưới đất", "NONE", "false"},
        {"1.000014.000.00.00.H12", "Giải quyết khiếu nại lần đầu", "NONE", "false"},
        {"1.000015.000.00.00.H12", "Cấp thẻ bảo hiểm y tế cho người thuộc hộ nghèo", "PARTIAL", "false"},
    };

    private SampleDossiers() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "adapter-cli/src/main/resources/samples");
        Table units = new TableFiles().read(dir.resolve("units-daklak-2022.csv"));
        List<String> codes = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        for (TableRow r : units.rows()) {
            codes.add(r.get("code"));
            names.add(List.of(r.get("name")));
        }
        StringBuilder p = new StringBuilder("code,name,level,onlinePayment\n");
        List<String> procedureCodes = new ArrayList<>();
        for (String[] row : PROCEDURES) {
            p.append(row[0]).append(",\"").append(row[1]).append("\",").append(row[2]).append(',').append(row[3]).append('\n');
            procedureCodes.add(row[0]);
        }
        Files.writeString(dir.resolve("procedures-daklak.csv"), p.toString(), StandardCharsets.UTF_8);
        DossierGenerator generator = new DossierGenerator(2022_06);
        List<GeneratedDossier> month = generator.dossiers(3000, codes, names, procedureCodes, 2022, 6);
        try (Writer w = Files.newBufferedWriter(dir.resolve("dossiers-daklak-2022-06.csv"), StandardCharsets.UTF_8)) {
            generator.writeCsv(w, month, DossierGenerator.Headers.NATIONAL, ',', false);
        }
        List<GeneratedDossier> few = new DossierGenerator(766).dossiers(12, codes, names, procedureCodes, 2022, 6);
        try (Writer w = Files.newBufferedWriter(dir.resolve("dossiers-daklak-2022-06.ndjson"), StandardCharsets.UTF_8)) {
            generator.writeNdjson(w, few);
        }
    }
}
