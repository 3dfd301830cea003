package vn.chitieu.unit;

import java.util.List;
import java.util.Objects;
import vn.chitieu.text.VietnameseText;

/**
 * A unit that receives targets: a department, a district, a commune… {@code parent} is null
 * only for a root (the issuing province). Names and aliases are kept in NFC as written.
 */
public record Unit(UnitCode code, String name, UnitKind kind, UnitCode parent, List<String> aliases) {

    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        name = VietnameseText.nfc(name);
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("unit " + code + " has no name");
        }
        aliases = aliases == null ? List.of()
                : aliases.stream().map(VietnameseText::nfc).filter(a -> a != null && !a.isEmpty()).toList();
        if (code.equals(parent)) {
            throw new IllegalArgumentException("unit " + code + " cannot be its own parent");
        }
    }

    public Unit(UnitCode code, String name, UnitKind kind, UnitCode parent) {
        this(code, name, kind, parent, List.of());
    }

    public boolean isRoot() {
        return parent == null;
    }
}
