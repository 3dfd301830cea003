package vn.chitieu.decision;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitKind;
import vn.chitieu.unit.UnitTree;

/**
 * A group of units named by kind under a decision's issuer, as a decision prints it: "UBND cấp xã"
 * = every COMMUNE, WARD and TOWNSHIP under the issuer; "Các cơ quan chuyên môn cấp huyện" = every
 * DISTRICT_OFFICE; "UBND huyện, UBND cấp xã" = the issuing district itself ({@code issuer} true)
 * and its communes, wards and townships. {@code label} is the text as printed; the group's meaning
 * is its kinds and whether it takes in the issuer.
 */
public record UnitGroup(String label, Set<UnitKind> kinds, boolean issuer) {

    public UnitGroup {
        label = DecisionTexts.optional("group.label", label, DecisionTexts.SHORT);
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        if (kinds.isEmpty() && !issuer) {
            throw new InvalidInputException(InputProblem.at(null, 0, "kinds", null,
                    "a group names at least one kind of unit (or the issuer itself)"));
        }
        if (label == null) {
            label = defaultLabel(kinds, issuer);
        }
    }

    public static UnitGroup of(String label, boolean issuer, UnitKind... kinds) {
        return new UnitGroup(label, kinds.length == 0 ? Set.of() : EnumSet.copyOf(List.of(kinds)), issuer);
    }

    /** True when this group of {@code issuerUnit}'s decision takes in {@code unit}. */
    public boolean covers(UnitTree tree, UnitCode issuerUnit, UnitCode unit) {
        if (unit.equals(issuerUnit)) {
            return issuer;
        }
        return tree.find(unit).filter(u -> kinds.contains(u.kind()) && tree.isWithin(unit, issuerUnit)).isPresent();
    }

    /** The units of {@code tree} this group of {@code issuerUnit}'s decision takes in, parents first. */
    public List<UnitCode> members(UnitTree tree, UnitCode issuerUnit) {
        if (!tree.contains(issuerUnit)) {
            return List.of();
        }
        return tree.subtree(issuerUnit).stream().map(Unit::code).filter(c -> covers(tree, issuerUnit, c)).toList();
    }

    /** True when a unit could be in both groups (a shared kind, or both take in the issuer). */
    public boolean overlaps(UnitGroup other) {
        return issuer && other.issuer || kinds.stream().anyMatch(other.kinds::contains);
    }

    /** The coverage, without the printed label: two groups with the same kinds are the same group. */
    public String key() {
        return (issuer ? "ISSUER+" : "") + kinds.stream().map(Enum::name).sorted().collect(Collectors.joining("+"));
    }

    private static String defaultLabel(Set<UnitKind> kinds, boolean issuer) {
        String k = kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
        return issuer ? (k.isEmpty() ? "ISSUER" : "ISSUER, " + k) : k;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitGroup g && g.key().equals(key()) && Objects.equals(g.label, label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key(), label);
    }
}
