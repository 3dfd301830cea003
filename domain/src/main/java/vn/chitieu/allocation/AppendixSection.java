package vn.chitieu.allocation;

import vn.chitieu.text.VietnameseText;
import vn.chitieu.unit.UnitKind;

/** The groups an appendix prints its rows in, in this order (seeds 000 and 002). */
public enum AppendixSection {
    PROVINCE("UBND TỈNH", "PROVINCIAL PEOPLE'S COMMITTEE"),
    DEPARTMENTS("CÁC SỞ, BAN, NGÀNH", "PROVINCIAL DEPARTMENTS AND AGENCIES"),
    DISTRICTS("UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ", "DISTRICT PEOPLE'S COMMITTEES"),
    DISTRICT_OFFICES("CÁC PHÒNG, BAN CẤP HUYỆN", "DISTRICT OFFICES"),
    COMMUNES("UBND CÁC XÃ, PHƯỜNG, THỊ TRẤN", "COMMUNE, WARD AND TOWNSHIP PEOPLE'S COMMITTEES"),
    OTHER("ĐƠN VỊ KHÁC", "OTHER UNITS");

    private final String titleVi;
    private final String titleEn;

    AppendixSection(String titleVi, String titleEn) {
        this.titleVi = titleVi;
        this.titleEn = titleEn;
    }

    public String titleVi() {
        return titleVi;
    }

    public String titleEn() {
        return titleEn;
    }

    /** The section a unit of {@code kind} is printed in. */
    public static AppendixSection of(UnitKind kind) {
        return switch (kind) {
            case PROVINCE -> PROVINCE;
            case DEPARTMENT -> DEPARTMENTS;
            case DISTRICT -> DISTRICTS;
            case DISTRICT_OFFICE -> DISTRICT_OFFICES;
            case WARD, TOWNSHIP, COMMUNE, SPECIAL_ZONE -> COMMUNES;
        };
    }

    /**
     * The section a printed heading names: {@code I. CÁC SỞ, BAN, NGÀNH}, {@code Sở, Ban ngành},
     * {@code II. UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ}, {@code UBND các huyện, thành phố}…
     */
    public static AppendixSection fromHeading(String heading) {
        String f = " " + VietnameseText.fold(heading) + " ";
        if (f.contains(" so ") || f.contains(" nganh ")) {
            return DEPARTMENTS;
        }
        if (f.contains(" huyen ") || f.contains(" thi xa ") || f.contains(" thanh pho ")) {
            return DISTRICTS;
        }
        if (f.contains(" phuong ") || f.contains(" thi tran ") || f.contains(" xa ")) {
            return COMMUNES;
        }
        if (f.contains(" phong ")) {
            return DISTRICT_OFFICES;
        }
        return OTHER;
    }
}
