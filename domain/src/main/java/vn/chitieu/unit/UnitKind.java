package vn.chitieu.unit;

import java.util.Locale;
import java.util.Optional;

/** The kinds of unit seen in the seeds (domain.md §2), with their Vietnamese and English labels. */
public enum UnitKind implements vn.chitieu.common.Labelled {
    PROVINCE("UBND tỉnh", "Provincial People's Committee"),
    DEPARTMENT("Sở, ban, ngành", "Provincial department"),
    DISTRICT("UBND huyện, thị xã, thành phố", "District People's Committee"),
    DISTRICT_OFFICE("Phòng, ban cấp huyện", "District office"),
    WARD("Phường", "Ward"),
    TOWNSHIP("Thị trấn", "Township"),
    COMMUNE("Xã", "Commune"),
    SPECIAL_ZONE("Đặc khu", "Special zone");

    /** Made once: {@code values()} copies its array at every call, and a file of a million rows parses a kind per row. */
    private static final UnitKind[] KINDS = values();

    private final String labelVi;
    private final String labelEn;

    UnitKind(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    @Override
    public String label(String lang) {
        return "en".equals(lang) ? labelEn : labelVi;
    }

    /** The kind named by {@code text}, case-insensitively; empty when there is none. */
    public static Optional<UnitKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (UnitKind k : KINDS) {
            if (k.name().equals(wanted)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
