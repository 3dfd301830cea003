package vn.chitieu.application.unit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import vn.chitieu.access.Caller;
import vn.chitieu.common.NotFoundException;
import vn.chitieu.common.StaleVersionException;
import vn.chitieu.port.out.Units;
import vn.chitieu.unit.Unit;
import vn.chitieu.unit.UnitCode;
import vn.chitieu.unit.UnitTree;

/**
 * Use case: the units a caller may see (its subtree, or the children of a unit it may read), as
 * they are on a date (domain.md §10), with the version of the whole registry: a digest of every
 * unit as stored, so that any change to any unit changes it, whichever part the caller sees.
 */
public final class ListUnits {

    /** The units listed and the registry's version. */
    public record Listed(List<Unit> units, String version) {
    }

    private final Units units;

    public ListUnits(Units units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    /** {@code asOf} null: every unit; {@code parent} null: all the caller may see, else that unit's children. */
    public Listed list(Caller caller, LocalDate asOf, UnitCode parent) {
        UnitTree registry = units.tree();
        UnitTree tree = asOf == null ? registry : registry.asOf(asOf);
        if (parent == null) {
            return new Listed(caller.visible(tree), version(registry));
        }
        caller.requireRead(tree, parent);
        if (!tree.contains(parent)) {
            throw new NotFoundException("no unit '" + parent + "'");
        }
        return new Listed(tree.childrenOf(parent), version(registry));
    }

    /** The registry's version now. */
    public String version() {
        return version(units.tree());
    }

    /** {@code tree}'s version: {@code u} and 24 hex digits of a SHA-256 over every unit. */
    public static String version(UnitTree tree) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Unit u : tree.units()) {
                sha.update((u.code() + "\t" + u.name() + "\t" + u.kind() + "\t" + u.parent() + "\t"
                        + String.join("|", u.aliases()) + (u.isDated() ? "\t" + u.validFrom() + "\t" + u.validTo() : "")
                        + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return "u" + HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A change made from version {@code read} (null: from whatever is stored) of {@code tree}: refused when stale. */
    public static void requireVersion(UnitTree tree, String read) {
        if (read != null && !read.equals(version(tree))) {
            throw new StaleVersionException("the unit registry", read, version(tree));
        }
    }
}
