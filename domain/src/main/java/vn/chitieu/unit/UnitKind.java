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

    /** What an unknown kind's refusal adds: the Vietnamese words read too. */
    public static final String VIETNAMESE_HINT = " (or in Vietnamese: Tỉnh, Sở, Huyện, Thị xã, Phòng, Phường, Thị trấn, Xã, "
            + "Đặc khu)";

    /**
     * The kinds as Vietnamese tables name them, by folded words: the label of each kind and the unambiguous
     * short words. "Thành phố" is not among them: a city is a province (trực thuộc trung ương) or a district.
     */
    private static final class Vietnamese {
        static final java.util.Map<String, UnitKind> WORDS = vietnamese(); // made when a kind is not a code: folding costs
    }

    private static java.util.Map<String, UnitKind> vietnamese() {
        java.util.Map<String, UnitKind> m = new java.util.HashMap<>();
        for (UnitKind k : values()) {
            m.put(key(k.labelVi), k);
        }
        for (String w : new String[] {"tỉnh", "cấp tỉnh"}) {
            m.put(key(w), PROVINCE);
        }
        for (String w : new String[] {"sở", "ban", "ngành", "sở ngành", "sở, ngành"}) {
            m.put(key(w), DEPARTMENT);
        }
        for (String w : new String[] {"huyện", "thị xã", "UBND huyện", "UBND thị xã"}) {
            m.put(key(w), DISTRICT);
        }
        for (String w : new String[] {"phòng", "phòng ban", "phòng, ban"}) {
            m.put(key(w), DISTRICT_OFFICE);
        }
        m.put(key("UBND phường"), WARD);
        m.put(key("UBND thị trấn"), TOWNSHIP);
        m.put(key("UBND xã"), COMMUNE);
        return java.util.Map.copyOf(m);
    }

    private static String key(String text) {
        return vn.chitieu.text.VietnameseText.fold(text).replace(" ", "").replace(",", "");
    }

    /** The kind named by {@code text}, case-insensitively, or by its Vietnamese words ({@code Xã}, {@code Sở}); else empty. */
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
        return Optional.ofNullable(Vietnamese.WORDS.get(key(text)));
    }
}
