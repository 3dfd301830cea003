package vn.chitieu.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.chitieu.text.VietnameseText;

/**
 * A unit that receives targets: a department, a district, a commune… {@code parent} is null
 * only for a root (the issuing province). Names and aliases are kept in NFC as written.
 * {@code validFrom} / {@code validTo} (domain.md §10) are the first and the last day the unit exists,
 * both inclusive; null means open (since ever / still in force): a commune merged on 1 July 2025
 * has {@code validTo} 2025-06-30 and its successor {@code validFrom} 2025-07-01.
 */
public record Unit(UnitCode code, String name, UnitKind kind, UnitCode parent, List<String> aliases,
        LocalDate validFrom, LocalDate validTo) {

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
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("unit " + code + " ends (" + validTo + ") before it begins (" + validFrom + ")");
        }
    }

    /** A unit valid at every date. */
    public Unit(UnitCode code, String name, UnitKind kind, UnitCode parent, List<String> aliases) {
        this(code, name, kind, parent, aliases, null, null);
    }

    public Unit(UnitCode code, String name, UnitKind kind, UnitCode parent) {
        this(code, name, kind, parent, List.of());
    }

    /** This unit with the validity {@code from} – {@code to} (inclusive; null: open). */
    public Unit valid(LocalDate from, LocalDate to) {
        return new Unit(code, name, kind, parent, aliases, from, to);
    }

    /** True when the unit exists on {@code date}. */
    public boolean isValidOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** True when the unit exists on at least one day of {@code from} – {@code to} (inclusive). */
    public boolean isValidDuring(LocalDate from, LocalDate to) {
        return (validFrom == null || !to.isBefore(validFrom)) && (validTo == null || !from.isAfter(validTo));
    }

    /** True when the unit has a start or an end. */
    public boolean isDated() {
        return validFrom != null || validTo != null;
    }

    public boolean isRoot() {
        return parent == null;
    }
}
