package vn.chitieu.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.chitieu.unit.UnitKind;

/**
 * The indicators known to a deployment: the built-in ones of domain.md §3, extensible as data
 * with {@link #with(Indicator)}. Immutable.
 */
public final class IndicatorCatalogue {

    private static final Set<UnitKind> ALL_LEVELS = EnumSet.of(UnitKind.DEPARTMENT, UnitKind.DISTRICT,
            UnitKind.DISTRICT_OFFICE, UnitKind.WARD, UnitKind.TOWNSHIP, UnitKind.COMMUNE, UnitKind.SPECIAL_ZONE);

    private static final List<Indicator> BUILT_IN = List.of(
            ratio("ONLINE_RATE",
                    "Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến",
                    "Share of dossiers received and resolved online",
                    "dossiers received and resolved online (level 3/4 or online services)",
                    "all dossiers of the procedures published as online, received and resolved in the period, any channel",
                    "QĐ 3330/QĐ-UBND Đắk Lắk; QĐ Hòa Bình 2022; Lạng Sơn 2022"),
            ratio("ONLINE_SERVICE_UPTAKE",
                    "Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến",
                    "Share of online services that produced online dossiers",
                    "online services with at least one online dossier",
                    "online services (level 3/4) that produced any dossier",
                    "Lạng Sơn 2022"),
            ratio("FULL_ONLINE_RATE",
                    "Tỷ lệ hồ sơ trực tuyến toàn trình",
                    "Share of dossiers resolved fully online",
                    "dossiers resolved fully online (no paper)",
                    "all dossiers resolved of full-online (toàn trình) services",
                    "Chỉ thị 01/CT-BTTTT ngày 20/01/2023"),
            ratio("DIGITIZATION_RATE",
                    "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC",
                    "Share of dossiers and results digitized",
                    "dossiers whose files and results were digitized",
                    "dossiers resolved",
                    "QĐ 876/QĐ-BNV ngày 10/11/2022; QĐ 3478/QĐ-UBND Đắk Lắk"),
            ratio("ONLINE_PAYMENT_PROCEDURES",
                    "Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến",
                    "Share of procedures with an online payment",
                    "procedures with at least one online payment",
                    "procedures offering online payment",
                    "QĐ 766/QĐ-TTg ngày 23/6/2022"),
            ratio("ONLINE_PAYMENT_DOSSIERS",
                    "Tỷ lệ hồ sơ thanh toán trực tuyến",
                    "Share of dossiers paid online",
                    "dossiers paid online",
                    "resolved dossiers of fee-bearing online procedures",
                    "QĐ 766/QĐ-TTg ngày 23/6/2022"),
            ratio("ON_TIME_RATE",
                    "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn",
                    "Share of dossiers resolved on time",
                    "dossiers resolved on time",
                    "dossiers resolved (seed 003: on time + late)",
                    "QĐ 876/QĐ-BNV ngày 10/11/2022; Chỉ thị 11/CT-UBND Đắk Lắk"),
            ratio("PROGRESS_RATE",
                    "Tỷ lệ hồ sơ bảo đảm tiến độ giải quyết",
                    "Share of dossiers within their deadline (progress)",
                    "dossiers resolved on time and pending dossiers not overdue",
                    "dossiers resolved and pending",
                    "QĐ 766/QĐ-TTg ngày 23/6/2022 (tiến độ giải quyết)"),
            count("RECEIVED",
                    "Số hồ sơ tiếp nhận",
                    "Dossiers received",
                    "Thông tư 01/2018/TT-VPCP (báo cáo tình hình giải quyết TTHC)"),
            count("RESOLVED",
                    "Số hồ sơ đã giải quyết",
                    "Dossiers resolved",
                    "Thông tư 01/2018/TT-VPCP (báo cáo tình hình giải quyết TTHC)"),
            count("EDOC_SENT",
                    "Số văn bản điện tử gửi liên thông",
                    "Electronic documents sent (interlinked)"),
            count("EDOC_RECEIVED",
                    "Số văn bản điện tử nhận liên thông",
                    "Electronic documents received (interlinked)"));

    private static final IndicatorCatalogue BUILT_IN_CATALOGUE = new IndicatorCatalogue(BUILT_IN);

    static {
        // a reason that names an indicator by its code reads with its name in Vietnamese
        BUILT_IN.forEach(i -> vn.chitieu.common.Texts.name(i.code().value(), i.nameVi(), i.nameEn()));
    }

    private final Map<IndicatorCode, Indicator> byCode;

    private IndicatorCatalogue(List<Indicator> indicators) {
        Map<IndicatorCode, Indicator> map = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            map.put(i.code(), i);
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    public static IndicatorCatalogue builtIn() {
        return BUILT_IN_CATALOGUE;
    }

    /** A catalogue with {@code indicator} added, or replacing the one with the same code. */
    public IndicatorCatalogue with(Indicator indicator) {
        List<Indicator> list = new ArrayList<>(byCode.values());
        list.removeIf(i -> i.code().equals(indicator.code()));
        list.add(indicator);
        return new IndicatorCatalogue(list);
    }

    public Optional<Indicator> find(IndicatorCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The indicator named by {@code code} (case-insensitive); empty if the catalogue has none. */
    public Optional<Indicator> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(java.util.Locale.ROOT);
        return byCode.values().stream().filter(i -> i.code().value().equals(wanted)).findFirst();
    }

    public List<Indicator> all() {
        return List.copyOf(byCode.values());
    }

    private static Indicator ratio(String code, String vi, String en, String b, String a, String basis) {
        return new Indicator(IndicatorCode.of(code), Measure.RATIO, vi, en, b, a, true, basis, ALL_LEVELS);
    }

    private static Indicator count(String code, String vi, String en) {
        return count(code, vi, en, "Chỉ thị 11/CT-UBND Đắk Lắk (iDesk)");
    }

    private static Indicator count(String code, String vi, String en, String basis) {
        return new Indicator(IndicatorCode.of(code), Measure.COUNT, vi, en, null, null, true, basis, ALL_LEVELS);
    }
}
