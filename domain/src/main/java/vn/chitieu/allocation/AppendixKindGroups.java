package vn.chitieu.allocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.chitieu.text.VietnameseText;
import vn.chitieu.unit.UnitKind;

/**
 * The groups of units an appendix assigns to by kind rather than by name (seed 001: "UBND cấp xã",
 * "Các cơ quan chuyên môn cấp huyện", "UBND huyện, UBND cấp xã"): the one place that says which
 * printed label means which kinds of unit under the issuer.
 *
 * <p>A label is folded ({@link VietnameseText#fold}), the words {@code ủy ban nhân dân} / {@code UBND}
 * and {@code các} are dropped, and what is left is looked up in {@link #GROUPS}; a label that is not
 * there whole is split at its commas and semicolons and every part must be there (their kinds are
 * joined). A label with a part that is not a group is not a group: it is a unit's name.
 *
 * <table>
 * <caption>labels (after dropping UBND / các) → kinds</caption>
 * <tr><td>cấp xã; xã, phường, thị trấn</td><td>COMMUNE, WARD, TOWNSHIP</td></tr>
 * <tr><td>xã, thị trấn</td><td>COMMUNE, TOWNSHIP</td></tr>
 * <tr><td>xã / phường / thị trấn (a part alone)</td><td>COMMUNE / WARD / TOWNSHIP</td></tr>
 * <tr><td>cơ quan chuyên môn cấp huyện; phòng, ban (chuyên môn) cấp huyện; cơ quan chuyên môn thuộc UBND huyện</td>
 * <td>DISTRICT_OFFICE</td></tr>
 * <tr><td>huyện; cấp huyện; huyện, thị xã, thành phố; huyện, thành phố</td><td>DISTRICT</td></tr>
 * <tr><td>sở, ban, ngành; sở, ban, ngành tỉnh; cơ quan chuyên môn thuộc UBND tỉnh</td><td>DEPARTMENT</td></tr>
 * </table>
 *
 * In a district's decision (seed 001) "UBND huyện" is the issuing district itself, the only
 * DISTRICT under it.
 */
public final class AppendixKindGroups {

    private static final Set<UnitKind> COMMUNE_LEVEL = EnumSet.of(UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP);

    /** Folded label, without UBND and các → the kinds it means. */
    private static final Map<String, Set<UnitKind>> GROUPS = new LinkedHashMap<>();

    static {
        group(COMMUNE_LEVEL, "cap xa", "xa phuong thi tran", "xa phuong va thi tran", "xa phuong thi tran thuoc huyen");
        group(EnumSet.of(UnitKind.COMMUNE, UnitKind.TOWNSHIP), "xa thi tran", "xa va thi tran");
        group(EnumSet.of(UnitKind.COMMUNE), "xa");
        group(EnumSet.of(UnitKind.WARD), "phuong");
        group(EnumSet.of(UnitKind.TOWNSHIP), "thi tran");
        group(EnumSet.of(UnitKind.DISTRICT_OFFICE), "co quan chuyen mon cap huyen", "co quan chuyen mon thuoc huyen",
                "co quan chuyen mon thuoc cap huyen", "phong ban cap huyen", "phong ban chuyen mon cap huyen",
                "phong ban chuyen mon thuoc huyen", "co quan don vi cap huyen");
        group(EnumSet.of(UnitKind.DISTRICT), "huyen", "cap huyen", "huyen thi xa thanh pho", "huyen thanh pho",
                "huyen thi xa thanh pho thuoc tinh");
        group(EnumSet.of(UnitKind.DEPARTMENT), "so ban nganh", "so ban nganh tinh", "so ban nganh cap tinh",
                "co quan chuyen mon thuoc tinh", "co quan chuyen mon cap tinh");
    }

    private AppendixKindGroups() {
    }

    private static void group(Set<UnitKind> kinds, String... labels) {
        for (String l : labels) {
            GROUPS.put(l, Collections.unmodifiableSet(EnumSet.copyOf(kinds)));
        }
    }

    /** The kinds {@code label} names, in the order of {@link UnitKind}; empty when it names no group. */
    public static Optional<Set<UnitKind>> of(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        Set<UnitKind> whole = GROUPS.get(key(label));
        if (whole != null) {
            return Optional.of(whole);
        }
        List<String> parts = new ArrayList<>(List.of(label.split("[,;]|\\s+và\\s+")));
        parts.removeIf(String::isBlank);
        if (parts.size() < 2) {
            return Optional.empty();
        }
        EnumSet<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        for (String part : parts) {
            Set<UnitKind> k = GROUPS.get(key(part));
            if (k == null) {
                return Optional.empty();
            }
            kinds.addAll(k);
        }
        return Optional.of(Collections.unmodifiableSet(kinds));
    }

    private static String key(String label) {
        String f = " " + VietnameseText.fold(label) + " ";
        f = f.replace(" uy ban nhan dan ", " ").replace(" ubnd ", " ").replace(" cac ", " ");
        return f.strip().replaceAll("\\s+", " ");
    }
}
