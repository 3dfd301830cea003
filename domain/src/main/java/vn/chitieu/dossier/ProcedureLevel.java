package vn.chitieu.dossier;

import java.util.Optional;
import vn.chitieu.text.VietnameseText;

/**
 * How far a procedure is offered online (domain.md §9): {@code FULL} = toàn trình (legacy "mức độ 4"),
 * {@code PARTIAL} = một phần (legacy "mức độ 3"), {@code NONE} = not offered online.
 */
public enum ProcedureLevel {
    FULL, PARTIAL, NONE;

    /** True for FULL and PARTIAL: an online service (legacy level 3 or 4). */
    public boolean isOnline() {
        return this != NONE;
    }

    /**
     * The level written as {@code FULL | PARTIAL | NONE}, {@code toàn trình | một phần | không},
     * or the legacy {@code 4 | 3} (also {@code mức độ 4}, {@code mức 3}; {@code 2}, {@code 1} are not online); empty when unreadable.
     */
    public static Optional<ProcedureLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String k = VietnameseText.fold(text).replace(" ", "").replace("_", "").replace("-", "");
        switch (k) {
            case "full", "toantrinh", "4", "mucdo4", "muc4", "level4":
                return Optional.of(FULL);
            case "partial", "motphan", "3", "mucdo3", "muc3", "level3":
                return Optional.of(PARTIAL);
            case "none", "khong", "0", "1", "2", "mucdo2", "mucdo1", "muc2", "muc1", "level2", "level1":
                return Optional.of(NONE);
            default:
                return Optional.empty();
        }
    }
}
