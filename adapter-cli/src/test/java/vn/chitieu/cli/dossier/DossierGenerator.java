package vn.chitieu.cli.dossier;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic generated dossiers (seeded), and their files: CSV with the English or the national sync
 * headers, comma or semicolon, with or without BOM, every time form of contracts.md mixed; NDJSON of the
 * national sync record with its nested lists. Used by the tests, the samples and the benchmark.
 */
public final class DossierGenerator {

    /** Header styles. */
    public enum Headers {
        ENGLISH, NATIONAL
    }

    public static final String[] ENGLISH = {"code", "procedure", "unit", "channel", "received", "due", "finished",
        "status", "paidOnline", "fee", "digitized", "eResult"};
    public static final String[] NATIONAL = {"MaHoSo", "MaTTHC", "DonViXuLy", "KenhThucHien", "NgayTiepNhan",
        "NgayHenTra", "NgayKetThucXuLy", "TrangThaiHoSo", "DuocThanhToanTrucTuyen", "LePhi", "HoSoCoThanhPhanSoHoa",
        "CoKetQuaDienTu"};

    private static final DateTimeFormatter[] TIME_FORMS = {
        DateTimeFormatter.ofPattern("yyyyMMddHHmmss"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"), DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")};
    private static final DateTimeFormatter[] DATE_FORMS = {
        DateTimeFormatter.ofPattern("dd/MM/yyyy"), DateTimeFormatter.ofPattern("yyyy-MM-dd"),
        DateTimeFormatter.ofPattern("yyyyMMdd")};

    private final Random random;

    public DossierGenerator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * {@code n} dossiers of {@code units} (each written as the code or, sometimes, one of its names in
     * {@code unitNames}) and {@code procedures}, around the month {@code year-month}: received from the
     * month before to a few days after it, some finished, some pending, some late, some excluded.
     */
    public List<GeneratedDossier> dossiers(int n, List<String> units, List<List<String>> unitNames,
            List<String> procedures, int year, int month) {
        List<GeneratedDossier> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(dossier(i, units, unitNames, procedures, year, month));
        }
        return out;
    }

    /** The {@code i}-th dossier of {@link #dossiers} (for a stream of millions that is never held). */
    public GeneratedDossier dossier(int i, List<String> units, List<List<String>> unitNames, List<String> procedures,
            int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate from = first.minusMonths(1);
        int days = (int) (first.plusMonths(1).plusDays(5).toEpochDay() - from.toEpochDay());
        int u = skewed(units.size());
        String unit = units.get(u);
        if (unitNames != null && !unitNames.get(u).isEmpty() && random.nextInt(4) == 0) {
            List<String> names = unitNames.get(u);
            unit = names.get(random.nextInt(names.size()));
        }
        String procedure = procedures.get(skewed(procedures.size()));
        LocalDateTime received = time(from.plusDays(random.nextInt(days)), false);
        LocalDateTime due = random.nextInt(10) == 0 ? null
                : time(received.toLocalDate().plusDays(1 + random.nextInt(15)), true);
        LocalDateTime finished = null;
        int roll = random.nextInt(100);
        if (roll < 85) {
            int allowed = due == null ? 10 : (int) (due.toLocalDate().toEpochDay() - received.toLocalDate().toEpochDay());
            LocalDate day = received.toLocalDate().plusDays(random.nextInt(5) > 0 ? random.nextInt(allowed + 1)
                    : random.nextInt(20));
            finished = time(day, false);
            if (finished.isBefore(received)) {
                finished = received.plusMinutes(random.nextInt(600));
            }
        }
        int status;
        if (random.nextInt(20) == 0) {
            status = new int[] {1, 3, 7}[random.nextInt(3)];
        } else if (finished != null) {
            status = new int[] {8, 9, 10, 10}[random.nextInt(4)];
        } else {
            status = new int[] {2, 4, 5, 6}[random.nextInt(4)];
        }
        int channel = 1 + random.nextInt(3);
        if (channel == 3 && random.nextBoolean()) {
            channel = 2;
        }
        long fee = random.nextInt(3) == 0 ? 0 : 10_000L * (1 + random.nextInt(50));
        int paid = fee == 0 ? 0 : random.nextInt(3);
        boolean digitized = random.nextInt(3) > 0;
        boolean eResult = finished != null && random.nextInt(3) > 0;
        return new GeneratedDossier(String.format("000.00.%02d.H12-%08d", u % 100, i), procedure, unit, channel,
                received, due, finished, status, paid, fee, digitized, eResult);
    }

    /** Mostly small indexes: a few units and procedures have most dossiers, some none. */
    private int skewed(int n) {
        int a = random.nextInt(n);
        int b = random.nextInt(n);
        return random.nextInt(5) == 0 ? Math.max(a, b) : Math.min(a, b);
    }

    /** A time on {@code day}; now and then exactly the bound a date-only cell means (00:00:00, or 23:59:59 for a due). */
    private LocalDateTime time(LocalDate day, boolean due) {
        if (random.nextInt(4) == 0) {
            return due ? day.atTime(23, 59, 59) : day.atStartOfDay();
        }
        return day.atTime(LocalTime.ofSecondOfDay(random.nextInt(86_400)));
    }

    /** {@code t} in a random form of contracts.md: a date alone when {@code t} is the bound it means. */
    public String format(LocalDateTime t, boolean due) {
        if (t == null) {
            return "";
        }
        boolean bound = due ? t.toLocalTime().equals(LocalTime.of(23, 59, 59)) : t.toLocalTime().equals(LocalTime.MIDNIGHT);
        if (bound && random.nextBoolean()) {
            return t.format(DATE_FORMS[random.nextInt(DATE_FORMS.length)]);
        }
        return t.format(TIME_FORMS[random.nextInt(TIME_FORMS.length)]);
    }

    /** Writes {@code dossiers} as CSV. */
    public void writeCsv(Writer w, List<GeneratedDossier> dossiers, Headers headers, char separator, boolean bom)
            throws IOException {
        if (bom) {
            w.write('\uFEFF');
        }
        String[] names = headers == Headers.ENGLISH ? ENGLISH : NATIONAL;
        w.write(String.join(String.valueOf(separator), names));
        w.write('\n');
        StringBuilder line = new StringBuilder(160);
        for (GeneratedDossier d : dossiers) {
            line.setLength(0);
            String[] cells = {d.code(), d.procedure(), d.unit(), Integer.toString(d.channel()),
                d.status() == 1 || d.status() == 3 ? (random.nextBoolean() ? "" : format(d.received(), false))
                    : format(d.received(), false),
                format(d.due(), true), format(d.finished(), false), Integer.toString(d.status()),
                Integer.toString(d.paidOnline()), Long.toString(d.fee()), d.digitized() ? "1" : "0",
                d.eResult() ? "1" : "0"};
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    line.append(separator);
                }
                String c = cells[i];
                if (c.indexOf(separator) >= 0 || c.indexOf('"') >= 0) {
                    line.append('"').append(c.replace("\"", "\"\"")).append('"');
                } else {
                    line.append(c);
                }
            }
            line.append('\n');
            w.write(line.toString());
        }
    }

    /**
     * Writes {@code dossiers} as NDJSON national sync records: the fee split over one or two
     * {@code DanhSachLePhi} items, eResult as a {@code DanhSachGiayToKetQua} item with or without a file link,
     * the due moved by a {@code DanhSachHoSoBoSung} item (the original {@code NgayHenTra} a day earlier).
     */
    public void writeNdjson(Writer w, List<GeneratedDossier> dossiers) throws IOException {
        for (GeneratedDossier d : dossiers) {
            StringBuilder s = new StringBuilder("{");
            s.append("\"MaHoSo\":\"").append(d.code()).append("\",\"MaTTHC\":\"").append(d.procedure())
                    .append("\",\"DonViXuLy\":\"").append(d.unit().replace("\"", "\\\"")).append("\",\"KenhThucHien\":")
                    .append(d.channel()).append(",\"NgayTiepNhan\":\"").append(format(d.received(), false)).append('"');
            boolean supplement = d.due() != null && random.nextInt(3) == 0
                    && d.due().minusDays(1).isAfter(d.received());
            if (d.due() != null) {
                s.append(",\"NgayHenTra\":\"").append(format(supplement ? d.due().minusDays(1) : d.due(), true)).append('"');
            }
            if (d.finished() != null) {
                s.append(",\"NgayKetThucXuLy\":\"").append(format(d.finished(), false)).append('"');
            }
            s.append(",\"TrangThaiHoSo\":\"").append(d.status()).append("\",\"DuocThanhToanTrucTuyen\":")
                    .append(d.paidOnline());
            if (d.fee() > 0 && random.nextBoolean()) {
                long part = d.fee() / 2;
                s.append(",\"DanhSachLePhi\":[{\"TenPhiLePhi\":\"Lệ phí\",\"Gia\":").append(part)
                        .append("},{\"TenPhiLePhi\":\"Phí\",\"Gia\":\"").append(d.fee() - part).append("\"}]");
            } else {
                s.append(",\"DanhSachLePhi\":[{\"TenPhiLePhi\":\"Lệ phí\",\"Gia\":").append(d.fee()).append("}]");
            }
            s.append(",\"HoSoCoThanhPhanSoHoa\":").append(d.digitized() ? "true" : "false");
            s.append(",\"DanhSachGiayToKetQua\":[{\"TenGiayTo\":\"Kết quả\",\"DuongDanTepTinKetQua\":\"")
                    .append(d.eResult() ? "https://dichvucong.daklak.gov.vn/kq/" + d.code() + ".pdf" : "").append("\"}]");
            if (supplement) {
                s.append(",\"DanhSachHoSoBoSung\":[{\"NoiDungBoSung\":\"Bổ sung giấy tờ\",\"NgayHenTraTruoc\":\"")
                        .append(format(d.due().minusDays(1), true)).append("\",\"NgayHenTraMoi\":\"")
                        .append(format(d.due(), true)).append("\"}]");
            }
            s.append("}\n");
            w.write(s.toString());
        }
    }
}
